# rule: a property computing an expensive value once and caching it in a private attribute; invalidation on change
class Report:
    def __init__(self, rows):
        self._rows = rows
        self._total = None
        self.computations = 0
    @property
    def rows(self):
        return self._rows
    @rows.setter
    def rows(self, value):
        self._rows = value
        self._total = None
    @property
    def total(self):
        if self._total is None:
            self.computations += 1
            self._total = sum(r["amount"] for r in self._rows)
        return self._total
r = Report([{"amount": 5}, {"amount": 7.5}])
print(r.total, r.total, r.computations)
r.rows = r.rows + [{"amount": 0.25}]
print(r.total, r.total, r.computations, len(r.rows))
