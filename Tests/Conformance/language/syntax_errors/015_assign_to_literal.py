# rule: assigning to a literal reports "cannot assign to literal here. Maybe you meant '==' instead of '='?"
x = 1
1 = x
