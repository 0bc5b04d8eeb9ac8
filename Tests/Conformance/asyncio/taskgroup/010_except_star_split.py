# rule: except* splits an ExceptionGroup by type; each handler sees only its matching sub-group
import asyncio


async def task(kind):
    await asyncio.sleep(0)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    return kind


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for kind in ("value", "type", "value"):
                tg.create_task(task(kind))
    except* ValueError as eg:
        print("ValueErrors:", len(eg.exceptions), [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", len(eg.exceptions), [str(e) for e in eg.exceptions])
    print("done")


asyncio.run(main())
