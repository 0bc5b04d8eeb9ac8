# rule: __init_subclass__ runs for every subclass (implicitly a classmethod) and can register or reject it
class Exporter:
    formats = {}

    def __init_subclass__(cls):
        super().__init_subclass__()
        ext = getattr(cls, "extension", None)
        if ext is None:
            raise TypeError(f"{cls.__name__} must define 'extension'")
        Exporter.formats[ext] = cls
        print(f"registered {cls.__name__} for .{ext}")

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter):
    extension = "csv"

    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class TsvExporter(CsvExporter):
    extension = "tsv"

    def export(self, rows):
        return super().export(rows).replace(",", "\t")


class Quiet(Exporter):
    extension = "txt"

    def __init_subclass__(cls):
        print(f"Quiet saw {cls.__name__}; no registration")


class LoudQuiet(Quiet):
    pass


print(sorted(Exporter.formats), type(Exporter.__dict__["__init_subclass__"]).__name__)
rows = [(1, "a"), (2, "b")]
for ext in sorted(Exporter.formats):
    print(ext, repr(Exporter.formats[ext]().export(rows)) if ext != "txt" else "-")
try:
    class Broken(Exporter):
        pass
except TypeError as e:
    print("TypeError:", e)
print("Broken" in [c.__name__ for c in Exporter.formats.values()])
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
