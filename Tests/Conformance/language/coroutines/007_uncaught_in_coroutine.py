# rule: an uncaught exception from a coroutine driven with send() shows the driver and coroutine frames
async def parse(text):
    return int(text)

async def main():
    total = 0
    for item in ["1", "2", "three"]:
        total += await parse(item)
    return total

coro = main()
coro.send(None)
