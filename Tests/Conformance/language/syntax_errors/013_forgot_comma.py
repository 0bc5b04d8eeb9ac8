# rule: two adjacent expressions in a list report "invalid syntax. Perhaps you forgot a comma?"
primes = [2, 3, 5 7, 11]
