/// Inline Markdown: `code`, **bold** / __bold__, *emphasis* and [links](url),
/// split into styled runs and then into words for wrapping.
enum InlineMarkdown {
    struct Run: Equatable {
        enum Kind { case plain, bold, code }
        var text: String
        var kind: Kind
    }

    /// The visible text with markup removed.
    static func plainText(_ text: String) -> String {
        runs(text).map(\.text).joined()
    }

    static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var plain = ""
        var rest = Substring(text)
        func flush() {
            if !plain.isEmpty { runs.append(Run(text: plain, kind: .plain)) }
            plain = ""
        }
        while let first = rest.first {
            if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                flush()
                runs.append(Run(text: String(rest[rest.index(after: rest.startIndex)..<end]), kind: .code))
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**") || rest.hasPrefix("__"),
                      let end = find(String(rest.prefix(2)), in: rest.dropFirst(2)) {
                flush()
                runs.append(Run(text: String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end]), kind: .bold))
                rest = rest[rest.index(end, offsetBy: 2)...]
            } else if first == "*", let end = rest.dropFirst().firstIndex(of: "*"), end != rest.index(after: rest.startIndex) {
                plain += rest[rest.index(after: rest.startIndex)..<end]
                rest = rest[rest.index(after: end)...]
            } else if first == "[", let close = rest.firstIndex(of: "]"),
                      rest[rest.index(after: close)...].hasPrefix("("),
                      let paren = rest[close...].firstIndex(of: ")") {
                let label = rest[rest.index(after: rest.startIndex)..<close]
                let url = rest[rest.index(close, offsetBy: 2)..<paren]
                plain += "\(label) (\(url))"
                rest = rest[rest.index(after: paren)...]
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        return runs
    }

    /// The start of the first occurrence of `marker` in `text`.
    private static func find(_ marker: String, in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(marker) { return index }
            index = text.index(after: index)
        }
        return nil
    }

    /// Words separated by spaces; each word keeps its runs' styles.
    static func words(_ text: String) -> [[Run]] {
        var words: [[Run]] = []
        var current: [Run] = []
        for run in runs(text) {
            if run.kind == .code {  // code is never broken across lines
                current.append(run)
                continue
            }
            let pieces = run.text.split(separator: " ", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0, !current.isEmpty {
                    words.append(current)
                    current = []
                }
                if !piece.isEmpty { current.append(Run(text: String(piece), kind: run.kind)) }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
