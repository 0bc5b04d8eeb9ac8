# rule: a task created during asyncio.run's shutdown is never awaited or cancelled; at exit it is reported as 'Task was destroyed but it is pending!'
import asyncio


async def audit_log(entry):
    try:
        await asyncio.sleep(1)
        print("logged", entry)
    finally:
        print("audit_log finally runs when the coroutine is closed")


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cancelled at shutdown; scheduling a last audit entry")
        asyncio.create_task(audit_log("worker stopped"))
        raise


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("asyncio.run returned")
