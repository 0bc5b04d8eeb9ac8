# rule: tutorial equivalent (seed 004, asynchronous version): tasks fetch with aiohttp then sleep inside the response block; finish order follows latency
# record-env: PYTHONPATH=standins LOOPLAB_NETWORK_TABLE=025_async_fetch_sleep_inside.network.json
# looplab: --network 025_async_fetch_sleep_inside.network.json
import asyncio
import aiohttp
import time


async def load_page_async(session, link):
    """Download a page without blocking the loop."""
    print(f"Start async loading: {link}")
    async with session.get(link) as reply:
        await asyncio.sleep(0.2)  # pretend processing the response takes a while
        body = await reply.text()
    print(f"Finished async loading: {link}")
    return f"Page {link} (length: {len(body)})"


async def run_async():
    links = ['https://httpbin.example/get', 'https://httpbin.example/delay/1', 'https://httpbin.example/headers']

    async with aiohttp.ClientSession() as session:
        jobs = []
        for link in links:
            job = asyncio.create_task(load_page_async(session, link))
            jobs.append(job)

        print("All tasks created, running them concurrently...")
        pages = await asyncio.gather(*jobs)

    return pages

if __name__ == "__main__":
    begin = time.time()
    pages = asyncio.run(run_async())
    finish = time.time()

    print(f"\nAsynchronous run took {finish - begin:.1f} seconds")
    for page in pages:
        print(page)
