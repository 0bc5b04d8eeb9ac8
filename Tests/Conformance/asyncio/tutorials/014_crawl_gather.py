# rule: tutorial equivalent (seed 002, %time): asyncio.gather over the tasks waits for all of them
import asyncio


async def scrape(page):
    print('scraping {}'.format(page))
    delay = int(page.split('_')[-1]) / 10
    await asyncio.sleep(delay)
    print('done {}'.format(page))


async def main(pages):
    jobs = [asyncio.create_task(scrape(page)) for page in pages]
    await asyncio.gather(*jobs)


asyncio.run(main(['page_1', 'page_2', 'page_3', 'page_4']))
