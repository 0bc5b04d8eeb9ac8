# rule: class-level annotations with typing are stored, unassigned ones create no attribute, values are never checked
from typing import List, Optional, ClassVar
class Inventory:
    owner: str
    items: List[str]
    limit: ClassVar[int] = 10
    note: Optional[str] = None
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.items = []
    def add(self, item: str) -> "Inventory":
        self.items.append(item)
        return self
inv = Inventory(owner=42).add(3.5).add(None)
print(inv.owner, inv.items, inv.limit, inv.note, hasattr(Inventory, "owner"), hasattr(Inventory, "limit"))
print(Inventory.__annotations__)
print(Inventory.add.__annotations__, Inventory.__init__.__annotations__)
