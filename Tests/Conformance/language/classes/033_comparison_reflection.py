# rule: with only __lt__ defined, > uses the reflected __lt__; == falls back to identity; != inverts __eq__
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        print(f"  {self.rank}.__lt__({other.rank})")
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank
    def __repr__(self):
        return f"Card({self.rank})"
a, k = Card("A"), Card("K")
print(a < k)
print(a > k)
print(a != Card("A"), a == Card("A"), a != k, a == "A")
try:
    a <= k
except TypeError as e:
    print("TypeError:", e)
print(sorted([Card("T"), Card("2"), Card("Q")]))
print(max([Card("3"), Card("J"), Card("9")]))
