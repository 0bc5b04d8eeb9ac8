# rule: raising non-exceptions and bare raise with no active exception are TypeError/RuntimeError
for fn_text in ("raise 5", "raise 'text'", "raise", "raise ValueError from 5"):
    try:
        if fn_text == "raise 5":
            raise 5
        elif fn_text == "raise 'text'":
            raise "text"
        elif fn_text == "raise":
            raise
        else:
            raise ValueError from 5
    except (TypeError, RuntimeError) as e:
        print(f"{fn_text:<26} {type(e).__name__}: {e}")
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotAnError
except TypeError as e:
    print("TypeError:", e)
