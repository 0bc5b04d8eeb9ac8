# rule: an uncaught error three calls deep prints every frame in order with the failing expression marked
def parse_row(row):
    name, qty, price = row.split(",")
    return name, int(qty), float(price)

def load(rows):
    return [parse_row(r) for r in rows]

def main():
    rows = ["pen,2,1.50", "book,1,12.00", "lamp,2"]
    items = load(rows)
    print(items)

main()
