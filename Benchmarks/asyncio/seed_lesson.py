# A lesson-sized scenario in the style of the tutorials: 4.3 s of sleeping under CPython.
import asyncio
import time

async def crawl(url, seconds):
    print(f"crawling {url}")
    await asyncio.sleep(seconds)
    print(f"OK {url}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(crawl("url_1", 1), crawl("url_2", 2), crawl("url_3", 3))
    time.sleep(0.3)
    await crawl("url_4", 1)
    print(f"took {time.perf_counter() - start:.1f} s")

asyncio.run(main())
