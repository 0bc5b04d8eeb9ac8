# rule: exception messages with non-ASCII text and newlines are printed as-is
class ValidationError(Exception):
    pass
try:
    raise ValueError("température trop élevée: 45°C ☀")
except ValueError as e:
    print(e)
raise ValidationError("two problems found:\n  - naïve name\n  - ∞ size")
