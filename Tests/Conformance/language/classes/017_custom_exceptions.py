# rule: exception subclasses with custom __init__/__str__, args, and catching by base class
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
class NotFound(AppError):
    pass
errors = [ValidationError("email", "missing @"), NotFound("user 42"), AppError(), AppError("a", "b")]
for err in errors:
    try:
        raise err
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(issubclass(ValidationError, Exception), issubclass(NotFound, ValidationError), isinstance(NotFound(), AppError))
