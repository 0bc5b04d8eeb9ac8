# rule: assigning to a lambda expression is rejected with "cannot assign to lambda"
double = lambda x: x * 2
lambda x: x = double
