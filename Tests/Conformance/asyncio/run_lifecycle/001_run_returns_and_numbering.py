# rule: asyncio.run returns main's result; each run creates a fresh loop and consumes three Task-N numbers
import asyncio


async def main(tag):
    me = asyncio.current_task()
    await asyncio.sleep(0)
    return f"{tag} ran as {me.get_name()}"


print(asyncio.run(main("first")))
print(asyncio.run(main("second")))
print(asyncio.run(main("third")))
loops = []


async def grab():
    loops.append(asyncio.get_running_loop())


asyncio.run(grab())
asyncio.run(grab())
print("fresh loop each time:", loops[0] is not loops[1], "closed:", loops[0].is_closed())
