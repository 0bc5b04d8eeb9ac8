# rule: an uncaught IndexError inside a called function shows both frames with ^^^ marks under the subscript
def last_word(sentence):
    words = sentence.split()
    return words[len(words) - 1 if words else 0]

def summarize(lines):
    return [last_word(line) for line in lines]

print(summarize(["hello world", "one"]))
print(summarize(["a b c", "   "]))
