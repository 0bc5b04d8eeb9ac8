# rule: SystemExit with a string prints it to stderr and exits 1; no traceback is printed
def validate(config):
    if "port" not in config:
        raise SystemExit("error: config has no port")
    return config["port"]

print("port", validate({"port": 8080}))
print("now validating an empty config")
validate({})
print("not reached")
