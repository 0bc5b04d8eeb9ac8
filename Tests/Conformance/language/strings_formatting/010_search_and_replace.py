# rule: find/rfind/index/count/replace/startswith/endswith semantics, including empty needles and bounds
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.find(""), s.rfind(""))
print(s.count("the"), s.count("at"), s.count(""), "aaaa".count("aa"), s.count("t", 5, 20))
print(s.replace("the", "a"), "|", s.replace("at", "og", 2), "|", "abc".replace("", "-"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("hat"), s.startswith("cat", 4), s.endswith("sat", 0, 11))
print(s.index("sat"), s.rindex("at"), "cat" in s, "dog" not in s, "" in s)
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print("banana".removeprefix("ban"), "banana".removesuffix("na"), "banana".removeprefix("x"))
