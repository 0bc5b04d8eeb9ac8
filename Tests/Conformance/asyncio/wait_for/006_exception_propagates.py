# rule: an exception from the inner coroutine propagates out of wait_for unchanged before the timeout
import asyncio


async def login(user):
    await asyncio.sleep(0.01)
    if user != "admin":
        raise PermissionError(f"user {user!r} denied")
    return "token"


async def main():
    print(await asyncio.wait_for(login("admin"), 1))
    try:
        await asyncio.wait_for(login("guest"), 1)
    except PermissionError as e:
        print("PermissionError:", e)


asyncio.run(main())
