# rule: a coroutine that dies unawaited prints a RuntimeWarning naming the line (temporaries) or sys:1 (alive until exit)
async def save(record):
    print("saving", record)
    return True

async def main():
    return await save("awaited properly")

c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main returned", e.value)
save("forgotten temporary")
print("after the forgotten call")
kept = save("kept in a variable")
print("end of program")
