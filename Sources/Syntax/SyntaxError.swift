/// A compile-time error in a source file, carrying exactly what CPython 3.11 puts in the
/// exception (`type(e).__name__`, `e.msg`, `e.lineno`, `e.offset`, `e.end_lineno`,
/// `e.end_offset`, `e.text`) so that one renderer can print CPython's
/// `  File "x.py", line N` / source line / `^^^^` block byte-for-byte.
///
/// `.unsupported` is looplab's own kind: valid Python outside the lesson subset.
public struct SyntaxError: Error, Equatable, CustomStringConvertible {
    /// Which exception CPython raises (or looplab's "not supported in lessons").
    public enum Kind: String, Sendable {
        /// `SyntaxError`.
        case syntaxError = "SyntaxError"
        /// `IndentationError` (a SyntaxError subclass).
        case indentationError = "IndentationError"
        /// `TabError` (an IndentationError subclass).
        case tabError = "TabError"
        /// `RecursionError: maximum recursion depth exceeded during compilation` (no location).
        case recursionError = "RecursionError"
        /// `MemoryError` from CPython's parser stack overflow (no location, empty message).
        case memoryError = "MemoryError"
        /// Valid Python that the lesson language does not support (looplab's message).
        case unsupported = "Unsupported"
    }

    /// The exception class.
    public var kind: Kind
    /// `e.msg`, e.g. "invalid syntax" or "'(' was never closed".
    public var message: String
    /// `e.filename`.
    public var filename: String
    /// `e.lineno` (1-based), nil when CPython gives none.
    public var line: Int?
    /// `e.offset`: 1-based column in code points (CPython 3.11 converts to characters), nil when none.
    public var offset: Int?
    /// `e.end_lineno`.
    public var endLine: Int?
    /// `e.end_offset` (1-based, exclusive; 0 or negative values are passed through as CPython has them).
    public var endOffset: Int?
    /// `e.text`: the source line the error is on, with its newline as CPython keeps it, or nil.
    public var text: String?
    /// The same position as a 0-based code-point span (CPython's `offset`/`end_offset` count
    /// UTF-8 bytes for parser and compiler errors, code points for tokenizer errors; this
    /// span always counts code points). Nil when CPython gives no location.
    public var span: SourceSpan?
    /// Warnings CPython printed before raising this error (`cpythonReport` includes them).
    public var warnings: [CompileWarning] = []

    public init(kind: Kind, message: String, filename: String, line: Int?, offset: Int?,
                endLine: Int?, endOffset: Int?, text: String?, span: SourceSpan? = nil) {
        self.kind = kind; self.message = message; self.filename = filename
        self.line = line; self.offset = offset; self.endLine = endLine; self.endOffset = endOffset
        self.text = text
        if let span {
            self.span = span
        } else if let line, let offset {
            self.span = SourceSpan(line: line, column: max(offset - 1, 0),
                                   endLine: endLine ?? line, endColumn: max((endOffset ?? offset) - 1, 0))
        }
    }

    public var description: String {
        var s = "\(kind.rawValue): \(message)"
        if let line { s += " (\(filename), line \(line)" + (offset.map { ", offset \($0)" } ?? "") + ")" }
        return s
    }
}
