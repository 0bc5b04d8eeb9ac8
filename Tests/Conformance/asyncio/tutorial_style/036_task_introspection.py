# rule: task names, current_task, all_tasks, done/cancelled/result states and task reprs during a run
import asyncio


async def job(n):
    me = asyncio.current_task()
    await asyncio.sleep(0.01 * n)
    return f"{me.get_name()} slept {n}"


async def main():
    main_task = asyncio.current_task()
    print("main is", main_task.get_name())
    tasks = [asyncio.create_task(job(n), name=f"job-{n}") for n in (3, 1, 2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(repr(tasks[0]))
    await asyncio.sleep(0.015)
    print([(t.get_name(), t.done()) for t in tasks])
    tasks[0].set_name("renamed")
    print(await tasks[0])
    print(repr(tasks[0]))
    try:
        asyncio.create_task(job(1)).result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.05)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print([t.result() for t in tasks])


asyncio.run(main())
