# rule: raise ... from e prints "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass

def parse_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port setting is required") from e

print(parse_port({"port": "22"}))
print(parse_port({"host": "example.org"}))
