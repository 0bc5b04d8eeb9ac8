# rule: an empty f-string expression reports "f-string: empty expression not allowed"
name = "x"
print(f"hello {} and {name}")
