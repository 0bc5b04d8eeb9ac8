# rule: tutorial equivalent (seed 001, async_fetch): aiohttp requests gathered concurrently; statuses print in latency order, total is the slowest
# record-env: PYTHONPATH=standins LOOPLAB_NETWORK_TABLE=010_async_fetch_aiohttp.network.json
# looplab: --network 010_async_fetch_aiohttp.network.json
import aiohttp
import asyncio
import time

sites = [
    "https://www.python.example",
    "https://www.search.example",
    "https://www.code.example",
    "https://www.software.example",
    "https://www.fruit.example",
]


async def fetch_one(session, site):
    print(f"Requesting {site}...")
    async with session.get(site) as reply:
        print(f"Got {site} with status: {reply.status}")
        return reply.status


async def main():
    async with aiohttp.ClientSession() as session:
        jobs = [fetch_one(session, site) for site in sites]
        codes = await asyncio.gather(*jobs)
        print(codes)


started = time.time()

asyncio.run(main())

elapsed = time.time() - started
print(f"Concurrent fetching took {elapsed:.1f} seconds.")
