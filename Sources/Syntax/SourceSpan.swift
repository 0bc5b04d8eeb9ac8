/// A range of source text, the way CPython's AST records node positions — except that
/// columns count Unicode code points (CPython's AST counts UTF-8 bytes; its tracebacks
/// convert back to characters, which is what we need for `^^^^` lines).
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    /// First line, 1-based.
    public var line: Int
    /// Column of the first code point, 0-based.
    public var column: Int
    /// Last line, 1-based.
    public var endLine: Int
    /// Column just past the last code point, 0-based (exclusive).
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// A span that starts where `self` starts and ends where `other` ends.
    public func through(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(line: line, column: column, endLine: other.endLine, endColumn: other.endColumn)
    }

    /// The empty span at the start of `self`.
    public var start: SourceSpan {
        SourceSpan(line: line, column: column, endLine: line, endColumn: column)
    }

    /// The empty span at the end of `self`.
    public var end: SourceSpan {
        SourceSpan(line: endLine, column: endColumn, endLine: endLine, endColumn: endColumn)
    }

    /// Placeholder for synthesised nodes that have no text of their own.
    public static let none = SourceSpan(line: 0, column: 0, endLine: 0, endColumn: 0)

    public var description: String { "\(line):\(column)-\(endLine):\(endColumn)" }
}
