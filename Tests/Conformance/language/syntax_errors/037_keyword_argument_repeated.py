# rule: repeating a keyword argument in a call is a SyntaxError at compile time
def connect(host, port):
    return host, port
print(connect(host="a", port=1, host="b"))
