/// The editor-independent part of TAB completion: splitting the line,
/// choosing what to insert, and laying out a list of candidates.
public enum CompletionRequest {
    public enum Action: Equatable {
        /// Nothing matches: beep.
        case none
        /// Insert this text at the cursor.
        case insert(String)
        /// Several candidates and nothing more in common: show them.
        case list([Completion])
    }

    /// Splits the text before the cursor into complete words and the partial
    /// word being completed (empty after a space).
    public static func split(_ before: String) -> (words: [String], partial: String) {
        // A backslash keeps the next character (e.g. an escaped space) in the word.
        var words: [String] = []
        var current = ""
        var escaped = false
        for character in before {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == " " || character == "\t" {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        return (words, current)
    }

    public static func resolve(partial: String, candidates: [Completion]) -> Action {
        let matching = candidates.filter { $0.value.hasPrefix(partial) }
        guard let first = matching.first else { return .none }
        if matching.count == 1 {
            return .insert(String(first.value.dropFirst(partial.count)) + (first.isFinal ? " " : ""))
        }
        let common = matching.dropFirst().reduce(first.value) { commonPrefix($0, $1.value) }
        if common.count > partial.count {
            return .insert(String(common.dropFirst(partial.count)))
        }
        return .list(matching)
    }

    /// Candidates with labels one per line (`3  create_task …`); bare
    /// candidates in columns that fit the width.
    public static func listing(_ candidates: [Completion], width: Int) -> String {
        let valueWidth = candidates.map { $0.value.count }.max() ?? 0
        if candidates.contains(where: { $0.label != nil }) {
            return candidates.map { candidate in
                let padded = pad(candidate.value, to: valueWidth)
                return candidate.label.map { "\(padded)  \($0)" } ?? candidate.value
            }.joined(separator: "\n") + "\n"
        }
        let columnWidth = valueWidth + 2
        let perRow = max(1, width / max(1, columnWidth))
        var out = ""
        for (index, candidate) in candidates.enumerated() {
            let isRowEnd = (index + 1) % perRow == 0 || index == candidates.count - 1
            out += isRowEnd ? candidate.value + "\n"
                : pad(candidate.value, to: columnWidth)
        }
        return out
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func commonPrefix(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix(while: { $0 == $1 }).map(\.0))
    }
}
