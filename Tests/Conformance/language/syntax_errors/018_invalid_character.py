# rule: a non-ASCII operator lookalike reports "invalid character '×' (U+00D7)"
area = 5 × 3
print(area)
