# rule: deleting a call expression reports "cannot delete function call"
items = [1, 2]
del len(items)
