# rule: an exception while executing a class body shows a frame named after the class
class Settings:
    defaults = {"debug": False}
    level = defaults["debug"] + 1
    print("level computed", level)
    timeout = defaults["timeout"]

print("not reached")
