/// A warning CPython 3.11 prints while compiling (with its default warning filters only
/// SyntaxWarnings are shown): e.g. `"is" with a literal. Did you mean "=="?` or
/// `invalid decimal literal` for `1if x else 2`. Lessons must print them like CPython.
public struct CompileWarning: Equatable, Sendable {
    /// The warning class, e.g. "SyntaxWarning".
    public var category: String
    /// The message.
    public var message: String
    /// The file name as in `SyntaxError.filename`.
    public var filename: String
    /// The line CPython reports.
    public var line: Int
    /// The source line (stripped), as `warnings.formatwarning` prints it, or nil.
    public var sourceLine: String?

    public init(category: String, message: String, filename: String, line: Int, sourceLine: String?) {
        self.category = category; self.message = message; self.filename = filename
        self.line = line; self.sourceLine = sourceLine
    }

    /// What CPython writes to stderr: `file:line: SyntaxWarning: message` and the stripped line.
    public var cpythonReport: String {
        var s = "\(filename):\(line): \(category): \(message)\n"
        if let sourceLine, !sourceLine.isEmpty { s += "  \(sourceLine)\n" }
        return s
    }

    /// A SyntaxWarning at `line` of `file`.
    static func syntax(_ message: String, line: Int, file: SourceFile) -> CompileWarning {
        let text = file.line(line).trimmingWhitespace()
        return CompileWarning(category: "SyntaxWarning", message: message, filename: file.name, line: line, sourceLine: text)
    }
}

extension String {
    /// Python's `str.strip()` for ASCII whitespace.
    func trimmingWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        func ws(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" }
        while start < end && ws(scalars[start]) { start += 1 }
        while end > start && ws(scalars[end - 1]) { end -= 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[start..<end])
        return String(v)
    }
}
