/// One Python source file as the lexer sees it: its name (printed in tracebacks and
/// SyntaxErrors, e.g. `/path/script.py` or `<stdin>`), its raw bytes, and the decoded
/// code points split into lines.
///
/// The bytes are kept because CPython rejects non-UTF-8 source with an error that quotes
/// the first bad byte; `text` is the lossy decoding used for display.
public final class SourceFile: Sendable {
    /// File name as printed in `File "…", line N`.
    public let name: String
    /// The raw bytes of the file.
    public let bytes: [UInt8]
    /// The source decoded as UTF-8 (invalid sequences replaced by U+FFFD).
    public let text: String
    /// The decoded code points; the lexer walks this array (columns are indices into lines of it).
    public let scalars: [Unicode.Scalar]
    /// Index into `scalars` of the first code point of each line (line N starts at `lineStarts[N-1]`).
    public let lineStarts: [Int]

    /// Reads source from raw bytes (what a file contains).
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        // A UTF-8 byte-order mark is not part of the program (CPython skips it).
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let text = String(decoding: hasBOM ? bytes[3...] : bytes[...], as: UTF8.self)
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.lineStarts = SourceFile.computeLineStarts(scalars)
    }

    /// Reads source from a Swift string (always valid UTF-8).
    public convenience init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// Number of lines (a final line without a newline counts; an empty file has one empty line).
    public var lineCount: Int { lineStarts.count }

    /// The text of line `number` (1-based) without its line ending, or "" when out of range.
    public func line(_ number: Int) -> String {
        guard number >= 1 && number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : scalars.count
        while end > start && (scalars[end - 1] == "\n" || scalars[end - 1] == "\r") { end -= 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// Line `number` as CPython's `SyntaxError.text` holds it: with "\n" unless it is a last
    /// line without one; nil when out of range.
    public func lineWithEnding(_ number: Int) -> String? {
        guard number >= 1 && number <= lineStarts.count else { return nil }
        let hasEnding = number < lineStarts.count || (scalars.last == "\n" || scalars.last == "\r")
        return line(number) + (hasEnding ? "\n" : "")
    }

    /// `SyntaxError.text` as CPython re-reads it from the file for parser and compiler errors:
    /// it reads lines through a 1000-byte buffer, so of a line longer than 999 bytes only the
    /// last fragment survives.
    public func errorText(_ number: Int) -> String? {
        guard let full = lineWithEnding(number) else { return nil }
        let bytes = Array(full.utf8)
        guard bytes.count > 999 else { return full }
        let keep = (bytes.count - 1) % 999 + 1
        return String(decoding: bytes[(bytes.count - keep)...], as: UTF8.self)
    }

    /// All lines, without line endings.
    public var lines: [String] { (1...lineCount).map { line($0) } }

    /// The source text covered by `span` (used e.g. for the `=` form of f-strings and for tracebacks).
    public func text(of span: SourceSpan) -> String {
        guard span.line >= 1, span.endLine <= lineCount else { return "" }
        let start = lineStarts[span.line - 1] + span.column
        let end = lineStarts[span.endLine - 1] + span.endColumn
        guard start <= end, end <= scalars.count else { return "" }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    static func computeLineStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if c == "\n" {
                starts.append(i + 1)
            } else if c == "\r" {
                // "\r\n" is one line ending; a lone "\r" is one too (universal newlines).
                if i + 1 < n && scalars[i + 1] == "\n" { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        // A trailing newline does not start a new (empty) line.
        if starts.count > 1 && starts.last == n { starts.removeLast() }
        return starts
    }
}
