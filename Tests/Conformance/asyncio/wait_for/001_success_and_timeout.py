# rule: wait_for returns the result when the awaitable finishes in time and raises TimeoutError (builtin) after cancelling it otherwise
import asyncio


async def query(sql, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"rows for {sql!r}"
    except asyncio.CancelledError:
        print(f"query {sql!r} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.wait_for(query("SELECT 1", 0.1), timeout=0.3))
    try:
        await asyncio.wait_for(query("SELECT slow", 1), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("timed out:", repr(e), type(e) is TimeoutError)
    print(f"elapsed {loop.time() - start:.1f}")
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
