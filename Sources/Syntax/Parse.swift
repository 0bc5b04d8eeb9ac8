// The public entry point of the Syntax target.
//
//     let source = SourceFile(name: "demo.py", bytes: Array(data))
//     switch parse(source) {
//     case .success(let module):
//         module.warnings.forEach { stderr.write($0.cpythonReport) }  // e.g. "is" with a literal
//         compile(module)
//     case .failure(let error):
//         stderr.write(error.cpythonReport)   // what `python3 demo.py` prints; exit status 1
//     }
//
// Other entry points: `isIncompleteInput(_:)` for a `...` continuation prompt, and
// `parse(_:mode: .expression)` for eval-style input. The tree (AST.swift) has CPython's `ast`
// shape; `SyntaxError` carries CPython's exact fields (offsets in UTF-8 bytes, as CPython) and
// a code-point `span`; `.unsupported` errors name constructs lessons do not support (match,
// complex literals, lone surrogates), reported only if the file is otherwise valid.
//
// `parse` never traps and never recurses without bound: nesting is limited as in CPython
// (200 brackets, 100 indentation levels, its parser stack and compile-time recursion limit),
// and those limits are reported as the errors CPython reports (see ParserLimits). Accepted
// trees are at most 3000 levels deep; rejected ones are torn down iteratively, but partial
// trees freed while an error unwinds can reach ~10 000 levels on pathological input, so call
// `parse` on a thread with at least 2 MB of stack (the main thread has 8 MB; measured: a
// debug build frees ~6 000 levels on a 512 KB thread, 50 000 on 8 MB).
//
// Besides the grammar, `parse` runs the checks CPython makes while compiling (symbol table
// and code generator: `'return' outside function`, `'break' outside loop`, nonlocal/global
// rules, repeated keywords…), so a program that parses here compiles in CPython.

/// What kind of input is being parsed (CPython's `compile` modes).
public enum ParseMode: Sendable {
    /// A file or script (`exec`).
    case module
    /// A single expression (`eval`): the module holds one `.expr` statement.
    case expression
    /// Input typed at a prompt (`single`): parsed like a module; the compiler is expected to
    /// print the values of expression statements, as CPython's interactive mode does.
    case interactive
}

/// Parses a source file into a module, or returns the first SyntaxError as CPython 3.11.7
/// would report it (or an `.unsupported` error for valid Python outside the lesson subset).
///
/// - Parameters:
///   - mode: a whole file, or one expression.
///   - topLevelAwait: allow `await`, `async for`, `async with` and async comprehensions at
///     module level (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`, used by `python -m asyncio`).
public func parse(_ source: SourceFile, mode: ParseMode = .module, topLevelAwait: Bool = false) -> Result<Module, SyntaxError> {
    switch parseTree(source, mode: mode) {
    case .failure(let e):
        return .failure(e)
    case .success(let tree):
        // CPython's compile-time errors come first; then what lessons do not support.
        var warnings = tree.warnings
        if var e = Validator.validate(tree.body, file: source, topLevelAwait: topLevelAwait, warnings: &warnings) {
            e.warnings = warnings
            return .failure(e)
        }
        if var e = tree.unsupported {
            e.warnings = warnings
            return .failure(e)
        }
        return .success(Module(body: tree.body, source: source, warnings: warnings))
    }
}

/// A tree that follows the grammar, and the first construct lessons do not support.
struct ParsedTree {
    var body: [Stmt]
    var unsupported: SyntaxError?
    /// The tokenizer's warnings.
    var warnings: [CompileWarning] = []
}

/// The grammar alone: the tree, without the compile-time checks of `Validator`.
func parseTree(_ source: SourceFile, mode: ParseMode) -> Result<ParsedTree, SyntaxError> {
    if let e = checkEncoding(source) { return .failure(e) }
    let lexer = Lexer(file: source)
    let (tokens, lexError, lexWarnings) = Lexer.tokenizeWithWarnings(source)
    let parser = Parser(file: source, lexer: lexer, tokens: tokens, lexError: lexError)
    let body: [Stmt]
    do {
        switch mode {
        case .module, .interactive:
            body = try parser.parseFile()
        case .expression:
            let e = try parser.parseStarExpressions()
            while try parser.kind() == .newline { try parser.advance() }
            if try parser.kind() != .endMarker { throw parser.invalidSyntax() }
            body = [Stmt(.expr(e), e.span)]
        }
    } catch let failure as ParseFailure {
        var e = prioritise(failure.error, lexError: lexError, parser: parser)
        e.warnings = lexWarnings
        return .failure(e)
    } catch {
        return .failure(SyntaxError(kind: .syntaxError, message: "invalid syntax", filename: source.name,
                                    line: 1, offset: 1, endLine: 1, endOffset: 1, text: nil))
    }
    if parser.pendingRecursionError || TreeDepth.exceeds(body, ParserLimits.maxTreeDepth) {
        TreeDepth.dismantle(body)
        return .failure(ParserLimits.recursionError(source.name).error)
    }
    return .success(ParsedTree(body: body, unsupported: parser.pendingUnsupported, warnings: lexWarnings))
}

/// CPython tokenizes the rest of the file before reporting a parser error: a tokenizer error
/// found there wins (an unclosed bracket only if it opened before the error's line).
private func prioritise(_ error: SyntaxError, lexError: LexError?, parser: Parser) -> SyntaxError {
    guard let lexError, error != lexError.error else { return error }
    switch error.kind {
    case .syntaxError, .indentationError, .tabError:
        if lexError.raised { return lexError.error }
        if let bracketLine = lexError.unclosedBracketLine {
            let last = max(parser.furthest, parser.lookaheadFurthest)
            let errorLine = parser.tokens.isEmpty ? 0 : parser.tokens[min(last, parser.tokens.count - 1)].line
            if errorLine > bracketLine { return lexError.error }
        }
        return error
    default:
        return error
    }
}

/// CPython refuses undecodable files and NUL bytes before tokenizing.
private func checkEncoding(_ source: SourceFile) -> SyntaxError? {
    let bytes = source.bytes
    var line = 1
    var i = 0
    // A BOM is skipped (CPython accepts UTF-8 with BOM).
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
    while i < bytes.count {
        let b = bytes[i]
        if b == 0x0A { line += 1; i += 1; continue }
        if b == 0 {
            // CPython quotes the line up to the NUL (its C string ends there).
            var start = i
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            return SyntaxError(kind: .syntaxError, message: "source code cannot contain null bytes",
                               filename: source.name, line: line, offset: 0, endLine: line, endOffset: 0, text: text)
        }
        if b < 0x80 { i += 1; continue }
        let length = UTF8Check.sequenceLength(bytes, i)
        if length == 0 {
            let hex = String(b, radix: 16)
            return SyntaxError(kind: .syntaxError,
                               message: "Non-UTF-8 code starting with '\\x\(hex)' in file \(source.name) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                               filename: source.name, line: nil, offset: nil, endLine: nil, endOffset: nil, text: nil)
        }
        i += length
    }
    return nil
}

/// Strict UTF-8 validation (no overlongs, no surrogates), as CPython's decoder.
enum UTF8Check {
    /// Length of the valid sequence starting at `i`, or 0 when invalid.
    static func sequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        func cont(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0:
            return cont(1) && b[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(1) && cont(2) ? 3 : 0
        case 0xED:
            return cont(1) && b[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xF0:
            return cont(1) && b[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return cont(1) && b[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        default:
            return 0
        }
    }
}
