# rule: __getattr__ fallbacks, validating __setattr__, __call__, __bool__ and __len__ on a config object
class Config:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_reads", [])

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self._reads.append(name)
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"config has no setting {name!r}") from None

    def __setattr__(self, name, value):
        if not isinstance(value, (int, str, bool)):
            raise TypeError(f"{name} must be int, str or bool, not {type(value).__name__}")
        self._values[name] = value

    def __call__(self, name, default=None):
        return self._values.get(name, default)

    def __bool__(self):
        return bool(self._values)

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self._values.items()))
        return f"Config({inner})"


cfg = Config(host="localhost", port=8080)
print(cfg.host, cfg.port, cfg("debug", False), len(cfg), bool(cfg), bool(Config()))
cfg.debug = True
cfg.port = 9090
print(cfg, cfg._reads)
try:
    cfg.timeout = 2.5
except TypeError as e:
    print("TypeError:", e)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e, "| context suppressed:", e.__suppress_context__)
print(getattr(cfg, "user", "nobody"), hasattr(cfg, "host"), hasattr(cfg, "nope"), callable(cfg))
print(cfg.__class__.__name__, type(cfg).__dict__.get("__call__") is not None)
if not Config():
    print("empty config is falsy")
print(cfg.unknown_setting)
