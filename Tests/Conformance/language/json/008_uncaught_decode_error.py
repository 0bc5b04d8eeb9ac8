# rule: an uncaught JSONDecodeError shows the json library frames written <stdlib>/json/...
import json

def load_settings(text):
    return json.loads(text)

print(load_settings('{"debug": true}'))
print(load_settings("{'debug': True}"))
