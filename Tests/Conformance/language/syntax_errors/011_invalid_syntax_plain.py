# rule: a generic parse failure prints "invalid syntax" with a caret under the offending token
x = 5
y = x +* 2
