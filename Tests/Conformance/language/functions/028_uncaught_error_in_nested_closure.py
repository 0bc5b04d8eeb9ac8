# rule: a traceback through closures shows each function's name (not qualified) in the frame lines
def make_parser(sep):
    def parse(line):
        def convert(field):
            return int(field)
        return [convert(f) for f in line.split(sep)]
    return parse

csv = make_parser(",")
print(csv("1,2,3"))
print(csv("4,five,6"))
