# rule: tutorial equivalent (seed 000): a batch-download template with create_task and asyncio.wait over simulated requests
import asyncio


async def fetch(link):
    print("Fetching")
    await asyncio.sleep(0.2)
    print("Fetched")


async def main():
    links = [
        "http://news.example.org",
        "http://video.example.org",
        "http://mail.example.org",
    ]
    jobs = [asyncio.create_task(fetch(link)) for link in links]
    await asyncio.wait(jobs)


if __name__ == '__main__':
    asyncio.run(main())
