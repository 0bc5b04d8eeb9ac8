// Blocks: `':' NEWLINE INDENT statements DEDENT` or simple statements on the same line,
// with CPython's "expected ':'" and "expected an indented block after …" errors.

extension Parser {
    /// Expects the ':' of a compound statement. `forced` mirrors CPython's `&&':'` (the error
    /// is reported at any other token); otherwise only a NEWLINE there gives "expected ':'".
    func expectColon(forced: Bool) throws {
        if try kind() == .colon {
            try advance()
            return
        }
        if try forced || kind() == .newline { throw errorAtToken(pos, "expected ':'") }
        throw invalidSyntax()
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts — after the ':'.
    /// `what` names the statement for the IndentationError, `line` is its first line.
    func parseBlock(after what: String, line: Int) throws -> [Stmt] {
        var body: [Stmt] = []
        if try kind() == .newline {
            try advance()
            if try kind() != .indent {
                throw errorAtToken(pos, "expected an indented block after \(what) on line \(line)",
                                   kind: .indentationError)
            }
            try advance()
            while try kind() != .dedent && (try kind()) != .endMarker {
                try parseStatement(into: &body)
            }
            _ = try accept(.dedent)
            return body
        }
        try parseSimpleStatements(into: &body)
        return body
    }

    /// The span from `start` to the end of the last statement of `body`.
    func blockSpan(_ start: SourceSpan, _ body: [Stmt]) -> SourceSpan {
        guard let last = body.last else { return start }
        return start.through(last.span)
    }
}
