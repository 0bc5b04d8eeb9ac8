// Support for a `>>>`/`...` prompt: deciding whether typed text is a complete statement or
// needs more lines, the way CPython's interactive console (codeop) behaves.

/// Whether `source` (the lines typed so far at a prompt) is an unfinished statement that
/// should get a `...` continuation prompt rather than be run or reported as an error:
/// an open bracket or triple-quoted string, a trailing backslash, a block header without
/// its body, or a compound statement not yet ended by an empty line.
public func isIncompleteInput(_ source: SourceFile, topLevelAwait: Bool = true) -> Bool {
    let text = source.scalars
    let lastLineBlank: Bool = {
        // The text ends with an empty line ("\n\n" or only whitespace after the last newline).
        var i = text.count - 1
        var newlines = 0
        while i >= 0 {
            let c = text[i]
            if c == "\n" { newlines += 1; if newlines == 2 { return true } }
            else if c != " " && c != "\t" && c != "\r" { return false }
            i -= 1
        }
        return newlines >= 1
    }()
    let (tokens, lexError) = Lexer.tokenize(source)
    if let lexError {
        let m = lexError.error.message
        if m.hasSuffix("was never closed") || m.hasPrefix("unterminated triple-quoted string")
            || m == "unexpected EOF while parsing" {
            return true
        }
        return false
    }
    switch parseTree(source, mode: .module) {
    case .success(let tree):
        guard let last = tree.body.last else { return false }
        switch last.kind {
        case .functionDef, .classDef, .for, .while, .if, .with, .try:
            return !lastLineBlank
        default:
            return false
        }
    case .failure(let e):
        // An error at the end of input means the statement is still being typed.
        guard let end = tokens.last, e.kind == .indentationError || e.kind == .syntaxError else { return false }
        if e.message.hasPrefix("expected an indented block"), e.offset == 0 { return true }
        return e.line == end.line && e.offset == 0
    }
}
