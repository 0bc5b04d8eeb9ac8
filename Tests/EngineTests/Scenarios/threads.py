# to_thread: blocking calls overlap the loop on worker threads; completions arrive in the
# pass that reaches their end and the awaiting task resumes one pass later (§17).
import asyncio, time

def blocking(name, d):
    time.sleep(d)
    return name

async def th(name, d):
    r = await asyncio.to_thread(blocking, name, d)
    print("thread", r, "done")
    return r

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.gather(th("a", 0.25), th("b", 0.15), ticker())
    print(r, int((loop.time() - t0) * 10 + 0.001))

asyncio.run(main())
