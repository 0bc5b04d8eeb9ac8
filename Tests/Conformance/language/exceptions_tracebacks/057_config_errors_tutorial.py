# rule: tutorial-style error handling: custom exception with a docstring, raise from None / from e (cause, __suppress_context__), implicit __context__, KeyError through nested calls, and an uncaught chained error printing both tracebacks
class ConfigError(Exception):
    """Raised for bad configuration."""
def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError:
        raise ConfigError("missing port") from None
    except ValueError as e:
        raise ConfigError(f"bad port {cfg['port']!r}") from e
def main():
    for cfg in [{"port": "80"}, {}, {"port": "http"}]:
        try:
            print("port", load(cfg))
        except ConfigError as e:
            print(f"{type(e).__name__}: {e}", "| cause:", type(e.__cause__).__name__, "| suppress:", e.__suppress_context__, "| doc:", ConfigError.__doc__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["k"]
    except KeyError as e:
        print("context:", repr(e.__context__))
    def level3(x):
        return x["a"]["b"]
    def level2(x):
        return level3(x) + 1
    def level1():
        data = {"a": {"c": 1}}
        return level2(data)
    try:
        level1()
    except KeyError as e:
        print("KeyError", e)
    load({"port": "http"})
main()
