# rule: typing-annotated classes and functions run unchanged; __annotations__ records the annotations as CPython evaluates them
from typing import Dict, List, Optional, Tuple, Union


class Student:
    school: str = "Central"
    grades: List[int]

    def __init__(self, name: str, grades: Optional[List[int]] = None) -> None:
        self.name: str = name
        self.grades = grades or []

    def average(self) -> float:
        return sum(self.grades) / len(self.grades) if self.grades else 0.0


def summarize(students: List[Student], cutoff: float = 60.0) -> Dict[str, Union[int, float]]:
    passed: int = sum(1 for s in students if s.average() >= cutoff)
    return {"passed": passed, "failed": len(students) - passed}


def best(students: List[Student]) -> Tuple[str, float]:
    top = max(students, key=Student.average)
    return top.name, top.average()


roster = [Student("ana", [70, 80]), Student("ben"), Student("cy", [55, 61, 40])]
print(summarize(roster), best(roster), Student.school)
print(Student.__annotations__)
print(summarize.__annotations__["return"], best.__annotations__)
print(Student.__init__.__annotations__)
counts: Dict[str, int] = {}
for s in roster:
    counts[s.name[0]] = len(s.grades)
print(counts, __annotations__)
x: int
print("x" in globals(), "x" in __annotations__)
print(List[int], Optional[str], Dict[str, List[int]])
