# rule: an uncaught "Extra data" error is raised in JSONDecoder.decode: its traceback shows loads and decode only
import json

records = [json.loads(line) for line in ['{"id": 1}', '[2, 3]']]
print(records)
print(json.loads('{"id": 4} {"id": 5}'))
