# rule: __await__ generators suspend a coroutine chain; a tiny scheduler resumes it with values via send()
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield self
        print(f"  {self.what!r} resumed with {reply!r}")
        return reply
async def fetch(url):
    body = await Request(f"GET {url}")
    size = await Request(f"SIZE {body}")
    return f"{url}: {body} ({size} bytes)"
async def main():
    first = await fetch("/a")
    second = await fetch("/b")
    return [first, second]
def scheduler(coro):
    value = None
    step = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as done:
            return done.value
        step += 1
        print(f"step {step}: task asked for {request.what!r}")
        value = request.what.split()[1].upper() if request.what.startswith("GET") else len(request.what)
print(scheduler(main()))
