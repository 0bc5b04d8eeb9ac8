# rule: an uncaught error inside a lambda called by sorted names the <lambda> frame
records = [{"name": "a", "age": 30}, {"name": "b", "age": 25}, {"name": "c"}]
print(sorted(records[:2], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
