# rule: an exception raised while handling another prints both, joined by "During handling of the above exception"
def load_config(text):
    try:
        return {"port": int(text)}
    except ValueError:
        raise RuntimeError(f"bad config value {text!r}")

print(load_config("8080"))
print(load_config("eighty"))
