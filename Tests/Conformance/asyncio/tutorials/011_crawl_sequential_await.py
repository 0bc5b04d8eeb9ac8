# rule: tutorial equivalent (seed 002, %time): awaiting each crawl coroutine in turn runs them one after another (sum of the delays)
import asyncio


async def scrape(page):
    print('scraping {}'.format(page))
    delay = int(page.split('_')[-1]) / 10
    await asyncio.sleep(delay)
    print('done {}'.format(page))


async def main(pages):
    for page in pages:
        await scrape(page)


asyncio.run(main(['page_1', 'page_2', 'page_3', 'page_4']))
