# rule: a crawler with a visited set, a queue of (url, depth), a Semaphore and TaskGroup finishes deterministically
import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": [],
    "/shop": ["/shop/cart", "/missing"],
    "/shop/cart": ["/"],
    "/team": [],
}


async def fetch(path):
    await asyncio.sleep(0.01 * (len(path) % 4 + 1))
    if path not in SITE:
        raise FileNotFoundError(path)
    return SITE[path]


async def crawl(start, max_depth, limit):
    sem = asyncio.Semaphore(limit)
    visited = {start}
    pages = {}
    errors = []

    async def visit(tg, path, depth):
        async with sem:
            try:
                links = await fetch(path)
            except FileNotFoundError as e:
                errors.append(f"404 {e}")
                return
        pages[path] = depth
        if depth < max_depth:
            for link in links:
                if link not in visited:
                    visited.add(link)
                    tg.create_task(visit(tg, link, depth + 1))

    async with asyncio.TaskGroup() as tg:
        tg.create_task(visit(tg, start, 0))
    return pages, errors


async def main():
    pages, errors = await crawl("/", max_depth=2, limit=2)
    for path in sorted(pages, key=lambda p: (pages[p], p)):
        print(f"depth {pages[path]}: {path}")
    print("errors:", errors)
    pages, _ = await crawl("/blog", max_depth=1, limit=1)
    print(sorted(pages.items()))


asyncio.run(main())
