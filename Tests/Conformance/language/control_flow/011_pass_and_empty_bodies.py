# rule: pass and Ellipsis as bodies; empty classes and functions return None
def todo():
    pass
def stub():
    ...
class Marker:
    pass
class Doc:
    """Only a docstring."""
print(todo(), stub(), Marker.__name__, Doc.__doc__, type(...).__name__, ... is Ellipsis)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("no")
while False:
    pass
print(Marker() is not None, isinstance(Marker(), Marker), todo.__name__, stub.__doc__)
