# rule: hand-written record classes with __repr__/__eq__/ordering drive an async order service
import asyncio


class Order:
    __slots__ = ("order_id", "customer", "amount", "status")

    def __init__(self, order_id, customer, amount, status="new"):
        self.order_id = order_id
        self.customer = customer
        self.amount = amount
        self.status = status

    def __repr__(self):
        return (f"Order(order_id={self.order_id!r}, customer={self.customer!r}, "
                f"amount={self.amount!r}, status={self.status!r})")

    def __eq__(self, other):
        if not isinstance(other, Order):
            return NotImplemented
        return (self.order_id, self.customer, self.amount) == (other.order_id, other.customer, other.amount)

    def __lt__(self, other):
        return self.amount < other.amount


class OrderService:
    def __init__(self, latency):
        self.latency = latency
        self.orders = {}

    async def place(self, order):
        await asyncio.sleep(self.latency)
        if order.amount <= 0:
            raise ValueError(f"order {order.order_id}: amount must be positive, got {order.amount}")
        order.status = "placed"
        self.orders[order.order_id] = order
        return order

    async def ship(self, order_id):
        await asyncio.sleep(self.latency * 2)
        order = self.orders[order_id]
        order.status = "shipped"
        return order


async def main():
    svc = OrderService(0.01)
    raw = [(1, "ana", 30.5), (2, "ben", -3), (3, "cai", 12.25), (4, "ana", 99.0)]
    results = await asyncio.gather(*(svc.place(Order(*r)) for r in raw), return_exceptions=True)
    for r in results:
        print(r)
    await svc.ship(4)
    try:
        await svc.ship(2)
    except KeyError as e:
        print("cannot ship missing order", e)
    print(sorted(svc.orders.values()))
    print(min(svc.orders.values()).customer, max(svc.orders.values(), key=lambda o: o.order_id).order_id)
    print(Order(1, "ana", 30.5) == svc.orders[1], Order(1, "ana", 1) != svc.orders[1])
    print(Order(1, "x", 1).__eq__("x"))
    by_customer = {}
    for o in svc.orders.values():
        by_customer.setdefault(o.customer, []).append(o.amount)
    for name, amounts in sorted(by_customer.items()):
        print(f"{name:>5}: {len(amounts)} order(s), total {sum(amounts):8.2f}")
    try:
        Order(5, "dan", 1).note = "x"
    except AttributeError as e:
        print("slots:", e)


asyncio.run(main())
