# rule: as_completed(timeout=) raises TimeoutError at the next await once the timeout passed; pending tasks are not cancelled
import asyncio


async def probe(host, delay):
    await asyncio.sleep(delay)
    return host


async def main():
    tasks = [asyncio.create_task(probe(h, d)) for h, d in [("a", 0.05), ("b", 0.3), ("c", 0.02)]]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.1):
            got.append(await fut)
            print("answered:", got[-1])
    except TimeoutError as e:
        print("TimeoutError", repr(e), "after", got)
    print("b cancelled?", tasks[1].cancelled(), "b done?", tasks[1].done())
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
