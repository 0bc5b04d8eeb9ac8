# rule: children failing in the same iteration are all collected; the ExceptionGroup lists them in completion order
import asyncio


async def fail_with(exc):
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_with(KeyError("k")))
            tg.create_task(fail_with(TypeError("t")))
    except ExceptionGroup as eg:
        print(str(eg))
        print([repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_with(KeyError("only")))
    except* KeyError as eg:
        print("except*:", str(eg))
    except* TypeError:
        print("not reached")


asyncio.run(main())
