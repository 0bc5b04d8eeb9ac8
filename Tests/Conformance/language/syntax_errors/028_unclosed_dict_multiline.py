# rule: an unclosed brace spanning several lines reports "'{' was never closed" at its line
config = {
    "host": "localhost",
    "port": 8080,

def main():
    print(config)
