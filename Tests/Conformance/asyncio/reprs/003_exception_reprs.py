# rule: repr, str and class names of asyncio's exceptions
import asyncio

for exc in (asyncio.CancelledError(), asyncio.CancelledError("stop"), asyncio.TimeoutError(),
            asyncio.InvalidStateError("invalid state"), asyncio.QueueEmpty(), asyncio.QueueFull()):
    print(repr(exc), repr(str(exc)))
for cls in (asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError, asyncio.QueueEmpty,
            asyncio.QueueFull):
    print(cls, cls.__name__)
eg = ExceptionGroup("unhandled errors in a TaskGroup", [ValueError("x"), KeyError("k")])
print(repr(eg))
print(str(eg))
print(str(KeyError("k")), str(ValueError("a", 1)))
