# rule: a traceback through a decorator shows the wrapper frame between caller and function
def validate_positive(func):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{func.__name__} needs a positive number, got {x}")
        return func(x)
    return wrapper

@validate_positive
def root(x):
    return x ** 0.5

print(root(16))
print(root(-4))
