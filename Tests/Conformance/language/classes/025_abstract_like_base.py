# rule: NotImplementedError from a base method, overriding in subclasses, and template-method pattern
class Report:
    def render(self):
        return "\n".join([self.header(), *self.rows(), self.footer()])
    def header(self):
        return f"== {self.title()} =="
    def title(self):
        raise NotImplementedError("subclasses must define title()")
    def rows(self):
        return []
    def footer(self):
        return "== end =="
class SalesReport(Report):
    def __init__(self, sales):
        self.sales = sales
    def title(self):
        return "Sales"
    def rows(self):
        return [f"{k:<6}{v:>6}" for k, v in self.sales.items()]
print(SalesReport({"north": 10, "south": 7}).render())
try:
    Report().render()
except NotImplementedError as e:
    print("NotImplementedError:", e)
