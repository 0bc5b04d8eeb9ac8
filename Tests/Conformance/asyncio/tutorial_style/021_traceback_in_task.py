# rule: an uncaught error inside a task chained with raise ... from prints both tracebacks and exits 1
import asyncio


class ConfigError(Exception):
    pass


def parse_port(text):
    return int(text)


async def load_config(raw):
    await asyncio.sleep(0.01)
    config = {}
    for line in raw.splitlines():
        key, _, value = line.partition("=")
        if key == "port":
            try:
                config["port"] = parse_port(value)
            except ValueError as e:
                raise ConfigError(f"bad port value {value!r}") from e
        else:
            config[key] = value
    return config


async def main():
    good = await load_config("host=local\nport=8080")
    print(good)
    task = asyncio.create_task(load_config("host=x\nport=80a"))
    await task


asyncio.run(main())
