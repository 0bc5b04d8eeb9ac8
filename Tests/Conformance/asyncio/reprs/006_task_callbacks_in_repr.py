# rule: a task's repr lists its done callbacks: one, two, or first, '<N more>', last
import asyncio


def cb_a(t):
    pass


def cb_b(t):
    pass


def cb_c(t):
    pass


async def work():
    await asyncio.sleep(0.01)


async def main():
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(cb_a)
    print(t)
    t.add_done_callback(cb_b)
    print(t)
    t.add_done_callback(cb_c)
    t.add_done_callback(cb_a)
    print(t)
    await t
    print(t)


asyncio.run(main())
