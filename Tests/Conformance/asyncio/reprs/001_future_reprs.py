# rule: Future repr shows the state, result or exception, and its callbacks by qualified name and definition line
import asyncio


def on_done(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(on_done)
    print(repr(f))
    f.add_done_callback(lambda fut: None)
    f.add_done_callback(on_done)
    print(repr(f))
    f.set_result("ready!")
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError("id"))
    print(g)
    g.exception()
    h = loop.create_future()
    h.cancel("msg not shown")
    print(h)
    await asyncio.sleep(0)


asyncio.run(main())
