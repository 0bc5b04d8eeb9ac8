# rule: `import a.b` binds the package a; `from a.b import x` takes x from the submodule a.b
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
from concurrent import futures

print(ThreadPoolExecutor.__name__, ProcessPoolExecutor.__name__)
print(futures is concurrent.futures)
print(ThreadPoolExecutor is concurrent.futures.ThreadPoolExecutor)
print(type(concurrent).__name__, concurrent.__name__, futures.__name__)
try:
    from concurrent.futures import NoSuchThing
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'NoSuchThing' from 'concurrent.futures' ("))
