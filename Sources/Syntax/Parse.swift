// The public entry point of the Syntax target.
//
//     let source = SourceFile(name: "demo.py", bytes: Array(data))
//     switch parse(source) {
//     case .success(let module): compile(module)
//     case .failure(let error):  render(error)   // CPython-identical SyntaxError block
//     }
//
// `parse` never traps and never recurses without bound: nesting is limited as in CPython
// (200 brackets, 100 indentation levels, compile-time recursion depth), and those limits are
// reported as the same errors CPython reports.

/// What kind of input is being parsed (CPython's `compile` modes).
public enum ParseMode: Sendable {
    /// A file or script (`exec`).
    case module
    /// A single expression (`eval`): the module holds one `.expr` statement.
    case expression
    /// One interactive statement typed at a prompt (`single`).
    case interactive
}

/// Parses a source file into a module, or returns the first SyntaxError as CPython 3.11
/// would report it (or an `.unsupported` error for valid Python outside the lesson subset).
public func parse(_ source: SourceFile, mode: ParseMode = .module) -> Result<Module, SyntaxError> {
    return .failure(SyntaxError(kind: .unsupported, message: "parser not implemented yet",
                                filename: source.name, line: 1, offset: 1, endLine: 1, endOffset: 1,
                                text: nil))
}
