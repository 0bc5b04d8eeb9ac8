# rule: tutorial equivalent (seed 002, %time): creating all tasks first and then awaiting them overlaps the crawls (the longest delay)
import asyncio


async def scrape(page):
    print('scraping {}'.format(page))
    delay = int(page.split('_')[-1]) / 10
    await asyncio.sleep(delay)
    print('done {}'.format(page))


async def main(pages):
    jobs = [asyncio.create_task(scrape(page)) for page in pages]
    for job in jobs:
        await job


asyncio.run(main(['page_1', 'page_2', 'page_3', 'page_4']))
