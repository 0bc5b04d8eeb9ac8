# rule: a per-request timeout around each fetch in a crawler: slow pages are skipped, the rest are processed
import asyncio

PAGES = {"index": 0.05, "huge-report": 0.5, "faq": 0.02, "gallery": 0.3}


async def fetch(page):
    await asyncio.sleep(PAGES[page])
    return f"<{page}>"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    got, skipped = [], []
    for page in PAGES:
        try:
            async with asyncio.timeout(0.1):
                got.append(await fetch(page))
        except TimeoutError:
            skipped.append(page)
    print("got:", got)
    print("skipped:", skipped)
    print(f"elapsed {loop.time() - start:.1f}")


asyncio.run(main())
