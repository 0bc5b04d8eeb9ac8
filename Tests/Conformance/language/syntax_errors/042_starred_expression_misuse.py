# rule: a starred expression outside a valid context reports "can't use starred expression here"
values = [1, 2, 3]
print(*values)
result = *values
