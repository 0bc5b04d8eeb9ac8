# rule: await inside a plain function reports "'await' outside async function"
import asyncio
def main():
    await asyncio.sleep(1)
