# rule: generators processing log records lazily with filtering, grouping and counting
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 80%
2024-01-02 ERROR disk full
2024-01-02 INFO retry
2024-01-03 ERROR timeout
2024-01-03 INFO done"""
def records(text):
    for line in text.splitlines():
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "message": message}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
errors = list(only("ERROR", records(LOG)))
print([e["message"] for e in errors])
per_day = {}
for r in records(LOG):
    per_day.setdefault(r["date"], []).append(r["level"])
for day, levels in per_day.items():
    print(day, levels, sum(1 for l in levels if l != "INFO"))
print(max(records(LOG), key=lambda r: len(r["message"]))["message"])
