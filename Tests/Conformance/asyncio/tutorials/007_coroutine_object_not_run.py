# rule: tutorial equivalent (seed 001): calling an async function only creates a coroutine object; never run, it warns at exit
async def greeter():
    print("Hello from a coroutine!")


# Calling it returns a coroutine object; nothing is printed.
pending = greeter()
print("created:", type(pending).__name__)
