# rule: a lone starred assignment target is rejected
*rest = [1, 2, 3]
