# rule: text processing with lower/strip/split and dict counting, sorted deterministically by count then word
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;!?").lower()
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<12}{n:>3} {'#' * n}")
print(len(counts), sum(counts.values()), [w for w, n in ranked if n == 1])
longest = max(counts, key=len)
print(longest, len(longest), sorted(counts, key=lambda w: (len(w), w))[:5])
