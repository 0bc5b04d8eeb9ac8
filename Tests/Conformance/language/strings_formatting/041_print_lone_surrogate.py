# rule: printing a str with a lone surrogate writes the items before it, then fails with UnicodeEncodeError: surrogates not allowed, at the position inside that item
print("before")
print("ok", "a\ud800\udfffb", "never")
