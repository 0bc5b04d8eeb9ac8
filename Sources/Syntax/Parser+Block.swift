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

    /// The span of a compound statement: from `start` to the last significant token read
    /// (CPython ends it there, so a trailing `;` of the last simple statement counts).
    func blockSpan(_ start: SourceSpan, _ body: [Stmt]) -> SourceSpan {
        var i = pos - 1
        while i > 0 {
            switch tokens[i].kind {
            case .newline, .indent, .dedent: i -= 1
            default: return start.through(tokens[i].span)
            }
        }
        guard let last = body.last else { return start }
        return start.through(last.span)
    }
}
