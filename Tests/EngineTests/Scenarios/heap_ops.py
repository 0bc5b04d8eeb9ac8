# Random heappush/heappop sequences on items compared by key only (like TimerHandle.__lt__),
# with many equal keys: prints the ops and the id each pop returns, for TimerHeapTests.
import heapq, random

class Item:
    def __init__(self, key, ident):
        self.key, self.ident = key, ident
    def __lt__(self, other):
        return self.key < other.key

random.seed(11)
heap = []
ident = 0
for step in range(3000):
    if heap and random.random() < 0.45:
        print("pop", heapq.heappop(heap).ident)
    else:
        ident += 1
        k = random.randint(0, 6)
        heapq.heappush(heap, Item(k, ident))
        print("push", k, ident)
    if step % 500 == 499:
        heapq.heapify(heap)
        print("heapify")
while heap:
    print("pop", heapq.heappop(heap).ident)
