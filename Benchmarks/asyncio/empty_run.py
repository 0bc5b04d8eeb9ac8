# Start-up: an empty asyncio.run.
import asyncio

async def main():
    pass

asyncio.run(main())
