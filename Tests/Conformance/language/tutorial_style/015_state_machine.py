# rule: a traffic-light and vending state machine with dict dispatch, while/else, for/else and match-free branching
TRANSITIONS = {
    ("idle", "coin"): "paid",
    ("paid", "coin"): "paid",
    ("paid", "select"): "vending",
    ("vending", "done"): "idle",
    ("paid", "refund"): "idle",
}


class VendingMachine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []

    def handle(self, event, amount=0):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"event {event!r} not allowed in state {self.state!r}")
        handler = getattr(self, f"on_{event}", None)
        if handler is not None:
            handler(amount)
        self.log.append(f"{self.state}->{TRANSITIONS[key]}")
        self.state = TRANSITIONS[key]

    def on_coin(self, amount):
        self.credit += amount

    def on_refund(self, _):
        print(f"refunding {self.credit}")
        self.credit = 0

    def on_select(self, _):
        self.credit -= 150


vm = VendingMachine()
script = [("coin", 100), ("coin", 100), ("select", 0), ("done", 0), ("select", 0), ("coin", 25), ("refund", 0)]
for event, amount in script:
    try:
        vm.handle(event, amount)
    except RuntimeError as e:
        print("error:", e)
print(vm.state, vm.credit, vm.log)

lights = ["green", "yellow", "red"]
durations = {"green": 3, "yellow": 1, "red": 2}
t, i, timeline = 0, 0, []
while t < 12:
    light = lights[i % 3]
    timeline.append(f"{t:>2}s {light}")
    t += durations[light]
    i += 1
else:
    timeline.append(f"stopped at {t}s")
print(" | ".join(timeline))

for n in [9, 15, 21, 25]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for n in [7, 11]:
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
print("count", count)
