# rule: word counting with str methods, dict.get, sorted by (-count, word) and a text histogram
text = """It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness...
The EPOCH of belief! The epoch of incredulity?"""

words = []
for raw in text.lower().split():
    word = raw.strip(".,;!?")
    if word:
        words.append(word)

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print("words:", len(words), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for word, n in top:
    print(f"{word:>{width}} {'#' * n} {n}")
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
print("longest:", max(counts, key=len), "| shortest:", min(counts, key=lambda w: (len(w), w)))
print("capitalized in text:", [w for w in text.split() if w[0].isupper()])
print("title:", " ".join(words[:6]).title())
print("first line upper:", text.splitlines()[0].upper().replace(" ", "_"))
print("counts of 'of' and 'the':", text.lower().count("of"), text.lower().count("the "))
print("ends with '?':", text.endswith("?"), "| find 'age':", text.find("age"), text.rfind("age"))
