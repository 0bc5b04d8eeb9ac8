# rule: tutorial equivalent (seed 002, %time): a done callback per task prints each result right after that task finishes
import asyncio


async def scrape(page):
    print('scraping {}'.format(page))
    delay = int(page.split('_')[-1]) / 10
    await asyncio.sleep(delay)
    print('done {}'.format(page))


async def main(pages):
    jobs = [asyncio.create_task(scrape(page)) for page in pages]
    for job in jobs:
        job.add_done_callback(lambda fut: print('result: ', fut.result()))
    await asyncio.gather(*jobs)


asyncio.run(main(['page_1', 'page_2', 'page_3', 'page_4']))
