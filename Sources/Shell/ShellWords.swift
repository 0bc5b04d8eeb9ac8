/// Splits a shell line into words: spaces separate, single or double quotes
/// group (so `run "my file.py"` works), a backslash escapes one character.
public enum ShellWords {
    public struct UnclosedQuote: Error, Equatable { public var quote: Character }

    public static func split(_ line: String) throws(UnclosedQuote) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if let quote { throw UnclosedQuote(quote: quote) }
        if inWord { words.append(current) }
        return words
    }
}
