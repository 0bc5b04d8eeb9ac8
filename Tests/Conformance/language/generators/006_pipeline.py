# rule: chained generators form a lazy pipeline; interleaved prints show pull-based evaluation order
def read(lines):
    for line in lines:
        print(f"  read {line!r}")
        yield line
def parse(lines):
    for line in lines:
        if line.strip():
            yield int(line)
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
data = ["3", "", "4", "10", " "]
pipeline = running_total(parse(read(data)))
print("pipeline built")
print(next(pipeline))
print(list(pipeline))
