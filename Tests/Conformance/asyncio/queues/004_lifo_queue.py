# rule: LifoQueue returns the most recently added item first
import asyncio


async def main():
    stack = asyncio.LifoQueue()
    for page in ["home", "products", "product/42", "cart"]:
        await stack.put(page)
    print(stack)
    while not stack.empty():
        print("back to", await stack.get())


asyncio.run(main())
