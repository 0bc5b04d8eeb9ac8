# rule: the pre-3.7 style new_event_loop/set_event_loop/run_until_complete/close still runs coroutines and tasks
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    return n * n


async def main():
    tasks = [asyncio.ensure_future(fetch(n)) for n in (3, 1, 2)]
    done = await asyncio.gather(*tasks)
    return sum(done), done


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    total, parts = loop.run_until_complete(main())
    print("total:", total, parts)
    single = loop.run_until_complete(fetch(4))
    print("single:", single)
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "from callback")
    print(loop.run_until_complete(fut))
    print("running:", loop.is_running(), "closed:", loop.is_closed())
finally:
    loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(fetch(1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(fetch(5)))
