# rule: tutorial equivalent (seed 002, async crawler): a timing decorator on an async def only times creating the coroutine; pages fetched with gather
# record-env: PYTHONPATH=standins LOOPLAB_NETWORK_TABLE=020_movie_crawler_async_decorator.network.json
# looplab: --network 020_movie_crawler_async_decorator.network.json
import asyncio, aiohttp
import time


def timed(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        res = func(*args, **kwargs)
        end = time.perf_counter()
        print('Time costs: {:.1f}s'.format(end - start))
        return res
    return wrapper


def between(text, start, end):
    return [piece.split(end)[0] for piece in text.split(start)[1:]]


async def download(url):
    agent = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) looplab-tutorial"}
    async with aiohttp.ClientSession(
        headers=agent, connector=aiohttp.TCPConnector(ssl=False)
    ) as session:
        async with session.get(url) as response:
            return await response.text()


@timed
async def main():
    listing_url = "https://films.example/upcoming/springfield"
    listing = await download(listing_url)
    soon = listing.split('<div id="showing-soon">')[1]

    names, urls, dates = [], [], []
    for item in soon.split('<div class="item">')[1:]:
        film_url, film_name = between(item, '<a href="', '</a>')[1].split('">')
        names.append(film_name)
        urls.append(film_url)
        dates.append(between(item, '<li>', '</li>')[0])

    jobs = [download(url) for url in urls]
    pages = await asyncio.gather(*jobs)

    for name, date, page in zip(names, dates, pages):
        poster = between(page, '<img src="', '"')[0]
        print('{} {} {}'.format(name, date, poster))


started = time.perf_counter()
asyncio.run(main())
print('Whole run: {:.1f}s'.format(time.perf_counter() - started))
