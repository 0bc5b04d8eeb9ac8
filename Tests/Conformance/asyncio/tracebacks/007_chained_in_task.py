# rule: raise ... from ... inside a task: the uncaught traceback prints both exceptions with the direct-cause separator
import asyncio


class ConfigError(Exception):
    pass


async def load(settings, key):
    await asyncio.sleep(0.01)
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


async def main():
    task = asyncio.create_task(load({"port": 80}, "host"))
    print(await task)


asyncio.run(main())
