# rule: gather(return_exceptions=True) puts exceptions in the result list in argument order
import asyncio


class ServiceError(Exception):
    def __init__(self, service, code):
        super().__init__(f"{service} answered {code}")
        self.service = service
        self.code = code


async def call(service, delay, code=200):
    await asyncio.sleep(delay)
    if code != 200:
        raise ServiceError(service, code)
    if service == "billing":
        return 1 / 0
    return {"service": service, "ok": True}


async def main():
    calls = [
        call("users", 0.03),
        call("orders", 0.01, 503),
        call("billing", 0.05),
        call("search", 0.02),
        call("audit", 0.07, 404),
    ]
    results = await asyncio.gather(*calls, return_exceptions=True)
    ok, failed = [], []
    for r in results:
        (failed if isinstance(r, BaseException) else ok).append(r)
    for r in results:
        if isinstance(r, ServiceError):
            print(f"ServiceError   {r.service:<8} code={r.code} msg={r}")
        elif isinstance(r, Exception):
            print(f"{type(r).__name__:<14} {r!r}")
        else:
            print(f"ok             {r['service']}")
    print(f"{len(ok)} ok, {len(failed)} failed")
    print("codes:", sorted(e.code for e in failed if hasattr(e, "code")))
    try:
        await asyncio.gather(call("x", 0.01), call("y", 0.02, 500))
    except ServiceError as e:
        print("without return_exceptions:", e, e.args)


asyncio.run(main())
