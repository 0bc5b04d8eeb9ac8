# rule: when a blocking call makes several timers overdue they all run in the next iteration in deadline order
import asyncio
import time


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)


async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(n, d, log)) for n, d in
             [("third", 0.05), ("first", 0.01), ("second", 0.03)]]
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, log.append, "callback 0.02")
    await asyncio.sleep(0)
    time.sleep(0.1)
    log.append("main after blocking")
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
