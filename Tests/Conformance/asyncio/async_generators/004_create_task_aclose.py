# rule: agen.aclose() is an awaitable that can be run as a task; closing while the generator is suspended in an await cancels nothing else and runs its finally in that task
import asyncio


async def pages():
    try:
        for n in range(1, 10):
            yield n
            await asyncio.sleep(0.01)
    finally:
        print("pages cleanup in", asyncio.current_task().get_name())


async def main():
    gen = pages()
    print("page", await gen.__anext__())
    print("page", await gen.__anext__())
    closer = asyncio.create_task(gen.aclose(), name="closer")
    print("closer done?", closer.done())
    await asyncio.sleep(0)
    print("closer done?", closer.done(), "result:", closer.result())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")


asyncio.run(main())
