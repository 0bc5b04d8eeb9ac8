// Compile-time checks CPython makes after parsing, reported with CPython's messages and
// locations, in CPython's order: `__future__` imports (future.c), then the symbol table
// (symtable.c: global/nonlocal rules, duplicate parameters, `yield` in comprehensions,
// `import *`), then the code generator (compile.c: `return`/`yield`/`await` placement,
// `break`/`continue`, starred expressions, repeated keywords, block nesting).
//
// All walks are iterative (explicit stacks), so tree depth never meets Swift recursion.

/// Raised by the checks; carries CPython's error.
struct ValidationFailure: Error {
    var error: SyntaxError
}

enum Validator {
    /// The first compile-time error in `body`, or nil.
    static func validate(_ body: [Stmt], file: SourceFile, topLevelAwait: Bool = false) -> SyntaxError? {
        var warnings: [CompileWarning] = []
        return validate(body, file: file, topLevelAwait: topLevelAwait, warnings: &warnings)
    }

    /// Also collects the code generator's SyntaxWarnings (up to the error, if any).
    static func validate(_ body: [Stmt], file: SourceFile, topLevelAwait: Bool, warnings: inout [CompileWarning]) -> SyntaxError? {
        var compiler = CompileChecks(reporter: Reporter(file: file), topLevelAwait: topLevelAwait)
        defer { warnings += compiler.warnings }
        do {
            let reporter = Reporter(file: file)
            try checkFuture(body, reporter)
            var symbols = SymbolTable(reporter: reporter)
            try symbols.build(body)
            try symbols.analyze()
            try compiler.check(body)
            return nil
        } catch let f as ValidationFailure {
            return f.error
        } catch {
            return nil
        }
    }

    /// `from __future__ import …` must come first (after a docstring); features must exist.
    static func checkFuture(_ body: [Stmt], _ r: Reporter) throws {
        let features: Set<String> = ["nested_scopes", "generators", "division", "absolute_import",
                                     "with_statement", "print_function", "unicode_literals",
                                     "barry_as_FLUFL", "generator_stop", "annotations"]
        var allowed = true
        for (i, s) in body.enumerated() {
            if case .importFrom(let module, let names, let level) = s.kind, module == "__future__", level == 0 {
                if !allowed {
                    throw r.fail("from __future__ imports must occur at the beginning of the file", s.span)
                }
                for a in names where !features.contains(a.name) {
                    let message = a.name == "braces" ? "not a chance" : "future feature \(a.name) is not defined"
                    throw r.failNoEnd(message, s.span)
                }
                continue
            }
            if i == 0, case .expr(let e) = s.kind, case .constant(.string) = e.kind { continue }
            allowed = false
        }
    }
}

/// Builds CPython-shaped SyntaxErrors (byte offsets, source line) from code-point spans.
struct Reporter {
    let file: SourceFile

    func fail(_ message: String, _ span: SourceSpan) -> ValidationFailure {
        ValidationFailure(error: SyntaxError(kind: .syntaxError, message: message, filename: file.name,
                                             line: span.line, offset: byteColumn(span.line, span.column) + 1,
                                             endLine: span.endLine, endOffset: byteColumn(span.endLine, span.endColumn) + 1,
                                             text: file.errorText(span.line), span: span))
    }

    /// CPython's `PyErr_SyntaxLocationObject` form: no end position.
    func failNoEnd(_ message: String, _ span: SourceSpan) -> ValidationFailure {
        var f = fail(message, span)
        f.error.endOffset = nil
        return f
    }

    /// UTF-8 byte offset of a code-point column (CPython's AST columns are bytes).
    func byteColumn(_ line: Int, _ column: Int) -> Int {
        guard line >= 1 && line <= file.lineCount, column > 0 else { return column }
        let start = file.lineStarts[line - 1]
        var bytes = 0
        var i = start
        let end = min(start + column, file.scalars.count)
        while i < end {
            let v = file.scalars[i].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            i += 1
        }
        return bytes + (start + column - end)
    }
}
