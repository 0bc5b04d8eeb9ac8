# rule: a loop over wait(FIRST_COMPLETED) handles results as they arrive until nothing is pending
import asyncio


async def resize(image, delay):
    await asyncio.sleep(delay)
    return f"{image} resized"


async def main():
    pending = {asyncio.create_task(resize(img, d)) for img, d in
               [("cat.png", 0.04), ("dog.png", 0.01), ("fox.png", 0.07)]}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            print(f"round {rounds}: {t.result()} ({len(pending)} left)")


asyncio.run(main())
