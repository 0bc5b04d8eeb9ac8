# rule: several tasks may await the same task; they wake in the order they started waiting; awaiting a done task returns at once
import asyncio


async def fetch_config():
    await asyncio.sleep(0.05)
    print("config loaded")
    return {"retries": 3}


async def user(name, config_task):
    print(f"{name} waits for config")
    cfg = await config_task
    print(f"{name} got retries={cfg['retries']}")


async def main():
    config_task = asyncio.create_task(fetch_config())
    users = [asyncio.create_task(user(n, config_task)) for n in ("api", "worker", "cron")]
    await asyncio.gather(*users)
    print("late awaiter gets it immediately:", await config_task)


asyncio.run(main())
