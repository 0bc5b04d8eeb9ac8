# rule: a retry decorator with exponential backoff re-awaits a flaky coroutine and re-raises at the end
import asyncio
import functools


class TransientError(Exception):
    pass


def retry(attempts, base_delay, exceptions=(TransientError,)):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as e:
                    if attempt == attempts:
                        print(f"  {func.__name__}: giving up after {attempt} attempts")
                        raise
                    print(f"  {func.__name__}: attempt {attempt} failed ({e}); retrying in {delay:.2f}s")
                    await asyncio.sleep(delay)
                    delay *= 2
        return wrapper
    return decorate


class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    @retry(attempts=4, base_delay=0.01)
    async def fetch(self, key):
        """Fetch a key, failing the first few times."""
        self.calls += 1
        await asyncio.sleep(0.02)
        if self.calls <= self.failures:
            raise TransientError(f"timeout #{self.calls}")
        return f"value-of-{key}"


@retry(attempts=2, base_delay=0.05)
async def always_broken():
    raise TransientError("still down")


@retry(attempts=3, base_delay=0.01)
async def wrong_kind():
    raise KeyError("config")


async def main():
    svc = FlakyService(failures=2)
    print(await svc.fetch("user:1"), "calls:", svc.calls)
    print(FlakyService.fetch.__name__, "|", FlakyService.fetch.__doc__)
    svc2 = FlakyService(failures=9)
    try:
        await svc2.fetch("user:2")
    except TransientError as e:
        print("final error:", e, "calls:", svc2.calls)
    try:
        await always_broken()
    except TransientError as e:
        print("broken:", repr(e))
    try:
        await wrong_kind()
    except KeyError as e:
        print("not retried:", e)


asyncio.run(main())
