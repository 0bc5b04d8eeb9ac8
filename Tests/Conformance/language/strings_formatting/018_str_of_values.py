# rule: str() and repr() of builtin values: None, bools, numbers, containers, nested quotes
values = [None, True, False, 0, -1.5, 1e-10, "s", "", [1, "a", None], (1,), (), {"a": 1, "b": [2]}, {1, 2}, set(),
          {}, [[]], ((1, 2), [3]), range(5), range(1, 10, 2), b"bytes", b"\x00\xff", [1.0, -0.0], {"": ""}]
for v in values:
    print(f"{type(v).__name__:10} str={str(v):30} repr={v!r}")
print(str(str), str(int), repr(len), repr(print) , repr(range(0)), repr(NotImplemented), repr(Ellipsis), repr(...))
