# rule: an exception inside a generator body shows the generator's frame below the consuming loop
def parse_lines(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()

config = ["a = 1", "b = 2", "broken line", "c = 3"]
for key, value in parse_lines(config):
    print(key, "->", value)
