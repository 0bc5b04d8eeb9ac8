# rule: an unterminated single-quoted string reports "unterminated string literal (detected at line N)"
name = "world"
message = "hello, + name
print(message)
