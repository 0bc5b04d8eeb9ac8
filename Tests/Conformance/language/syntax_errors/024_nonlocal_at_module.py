# rule: nonlocal at module level is rejected at compile time
counter = 0
nonlocal counter
