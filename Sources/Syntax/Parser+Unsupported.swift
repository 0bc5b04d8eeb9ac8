// Valid Python outside the lesson subset (DESIGN §3): one place that names each construct.
//
// - the `match` statement                      (Parser+Statements.swift)
// - complex literals `1j`                      (Parser+Primary.swift)
// - lone surrogates in string literals (Swift strings cannot hold them)

extension Parser {
    /// A looplab "not supported in lessons" diagnostic at `span`.
    func unsupported(_ message: String, _ span: SourceSpan) -> ParseFailure {
        var e = error(message, span).error
        e.kind = .unsupported
        return ParseFailure(error: e)
    }

    /// Notes an unsupported construct that CPython parses; parsing goes on with a placeholder
    /// so that real syntax errors later in the file are still reported first.
    func noteUnsupported(_ message: String, _ span: SourceSpan) {
        if pendingUnsupported == nil { pendingUnsupported = unsupported(message, span).error }
    }
}
