# rule: tutorial equivalent (seed 001): asyncio.run starts a loop, runs main to completion and closes the loop
import asyncio


async def main():
    print("Inside the event loop!")


asyncio.run(main())
