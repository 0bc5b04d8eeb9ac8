# rule: AttributeError on a module suggests a close name: module 'math' has no attribute 'sqr'
import math
print(math.sqrt(16))
try:
    math.flor(2.5)
except AttributeError as e:
    print("str:", e)
print(math.sqr(25))
