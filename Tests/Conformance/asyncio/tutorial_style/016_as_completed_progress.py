# rule: as_completed yields results in finishing order, which a progress report can show
import asyncio


async def crawl(url, delay):
    await asyncio.sleep(delay)
    if url.endswith(".bad"):
        raise ConnectionError(f"cannot reach {url}")
    return url, len(url) * 100


async def main():
    urls = {"https://a.example/home": 0.09, "https://b.example/blog": 0.03,
            "https://c.example.bad": 0.05, "https://d.example/": 0.12}
    tasks = [asyncio.create_task(crawl(u, d)) for u, d in urls.items()]
    done = 0
    sizes = {}
    for fut in asyncio.as_completed(tasks):
        try:
            url, size = await fut
            sizes[url] = size
            status = f"{size} bytes"
        except ConnectionError as e:
            status = f"error: {e}"
        done += 1
        pct = done / len(tasks)
        print(f"[{done}/{len(tasks)} {pct:6.1%}] {status}")
    print("largest page:", max(sizes, key=sizes.get))
    try:
        for fut in asyncio.as_completed([crawl("https://slow.example", 0.3)], timeout=0.1):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
