# rule: Python 2 print statement gets "Missing parentheses in call to 'print'. Did you mean print(...)?"
name = "ann"
print "hello", name
