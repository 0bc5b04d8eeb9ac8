# rule: typing names import and subscript without runtime checks; their reprs are CPython's
from typing import Any, Callable, Dict, List, Optional, Tuple, Union
import typing
def average(values: List[float], default: Optional[float] = None) -> float:
    return sum(values) / len(values) if values else default
print(average([1, 2, 4]), average([], 0.0), average(["not", "checked"][:0], None))
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Any)
print(average.__annotations__)
Handler = Callable[[str], None]
registry: Dict[str, Handler] = {}
registry["print"] = print
registry["print"]("called through a typed registry")
print(typing.Optional[str] == typing.Union[str, None], list[int], dict[str, int] == dict[str, int])
