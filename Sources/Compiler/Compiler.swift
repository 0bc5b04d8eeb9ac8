import BigInt
import Syntax

/// Compiles a parsed module to a code object.
///
/// Errors the compiler finds (`'return' outside function`, `'break' outside loop`, nonlocal
/// without binding, …) are reported as CPython's SyntaxError.
public func compile(_ module: Module, interactive: Bool = false) -> Result<CodeObject, SyntaxError> {
    let c = Compiler(module: module)
    c.interactive = interactive
    do {
        return .success(try c.compileModule(module))
    } catch let e as SyntaxError {
        return .failure(e)
    } catch {
        return .failure(SyntaxError(kind: .syntaxError, message: "\(error)", filename: module.source.name,
                                    line: nil, offset: nil, endLine: nil, endOffset: nil, text: nil))
    }
}

/// The state of one code object being built.
final class CodeUnit {
    /// An enclosing construct that `return`/`break`/`continue` must unwind.
    enum FBlock {
        case whileLoop(start: Int, end: Int)
        case forLoop(start: Int, end: Int)
        /// The body of a `try` with a handler block set up.
        case tryBody
        /// The body of a `try` whose `finally` must run on the way out.
        case finallyTry([Stmt])
        /// Running the `finally` body on the exception path (`prev exc` on the stack).
        case finallyEnd
        /// Inside an `except` body (`prev` on the stack, cleanup block set up); the name is the
        /// `as` target, which has its own cleanup block.
        case handlerCleanup(name: String?)
        /// Inside a `with` body (`exit` on the stack, handler block set up).
        case with(isAsync: Bool)
        /// Inside an `async for` body (the async iterator on the stack).
        case asyncFor(start: Int, end: Int)
    }

    let scope: Scope
    let name: String
    let qualname: String
    let firstLine: Int
    var instructions: [Instr] = []
    var locations: [SourceLoc] = []
    var constants: [CodeConstant] = []
    private var constantKeys: [String: Int] = [:]
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    let varnames: [String]
    let cellvars: [String]
    let freevars: [String]
    var labels: [Int] = []
    var fblocks: [FBlock] = []
    var loc = SourceLoc.none

    init(scope: Scope, name: String, qualname: String, firstLine: Int) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.varnames = scope.isFunctionLike ? scope.varnames : []
        self.cellvars = scope.cellvars
        self.freevars = scope.freevars
    }

    func emit(_ i: Instr) {
        instructions.append(i)
        locations.append(loc)
    }

    func newLabel() -> Int {
        labels.append(-1)
        return labels.count - 1
    }

    func bind(_ label: Int) { labels[label] = instructions.count }

    /// Emits a jump whose target is a label (patched in `finish`).
    func emitJump(_ i: Instr, _ label: Int) {
        emit(i.withTarget(label))
        pendingJumps.append(instructions.count - 1)
    }
    var pendingJumps: [Int] = []

    func constant(_ c: CodeConstant) -> Int32 {
        let key = ConstantKey.make(c)
        if let key = key, let i = constantKeys[key] { return Int32(i) }
        constants.append(c)
        if let key = key { constantKeys[key] = constants.count - 1 }
        return Int32(constants.count - 1)
    }

    func name(_ n: String) -> Int32 {
        if let i = nameIndex[n] { return Int32(i) }
        names.append(n)
        nameIndex[n] = names.count - 1
        return Int32(names.count - 1)
    }

    func varIndex(_ n: String) -> Int32 { Int32(varnames.firstIndex(of: n)!) }

    func cellIndex(_ n: String) -> Int32 {
        if let i = cellvars.firstIndex(of: n) { return Int32(i) }
        return Int32(cellvars.count + freevars.firstIndex(of: n)!)
    }

    /// Patches label jumps and builds the code object.
    func finish(filename: String, flags: CodeFlags, argCount: Int, posOnly: Int, kwOnly: Int) -> CodeObject {
        for at in pendingJumps {
            let ins = instructions[at]
            if let label = ins.jumpTarget { instructions[at] = ins.withTarget(labels[label]) }
        }
        pendingJumps = []
        return CodeObject(name: name, qualname: qualname, filename: filename, firstLine: firstLine,
                          argCount: argCount, posOnlyArgCount: posOnly, kwOnlyArgCount: kwOnly, flags: flags,
                          varnames: varnames, cellvars: cellvars, freevars: freevars, names: names,
                          constants: constants, instructions: instructions, locations: locations)
    }
}

/// Constants are shared within a code object when they are the same value of the same type
/// (`1` and `1.0` and `True` stay distinct, as in CPython).
enum ConstantKey {
    static func make(_ c: CodeConstant) -> String? {
        switch c {
        case .none: return "N"
        case .bool(let b): return "b\(b)"
        case .int(let i): return "i\(i)"
        case .bigint(let b): return "I\(b)"
        case .float(let d): return "f\(d.bitPattern)"
        case .complexImag(let d): return "j\(d.bitPattern)"
        // By UTF-8 bytes: Swift compares String keys by canonical equivalence ("e\u{301}" would
        // merge with "\u{e9}"), and raw text could collide with the tuple syntax below.
        case .str(let s): return "s\(Array(s.utf8))"
        case .strCodePoints(let c): return "u\(c)"
        case .bytes(let b): return "y\(b)"
        case .tuple(let items):
            var parts: [String] = []
            for i in items { guard let k = make(i) else { return nil }; parts.append(k) }
            return "t(" + parts.joined(separator: ",") + ")"
        case .frozenset(let items):
            guard let t = make(.tuple(items)) else { return nil }
            return "F" + t
        case .code: return nil
        case .ellipsis: return "E"
        }
    }
}

final class Compiler {
    let source: SourceFile
    let filename: String
    let symbols: SymbolTable
    var unit: CodeUnit!
    private var units: [CodeUnit] = []
    var interactive = false

    init(module: Module) {
        source = module.source
        filename = module.source.name
        symbols = SymbolTable(module: module)
    }

    func error(_ message: String, _ span: SourceSpan) -> SyntaxError {
        let text: String? = span.line > 0 ? source.line(span.line) + "\n" : nil
        return SyntaxError(kind: .syntaxError, message: message, filename: filename,
                           line: span.line > 0 ? span.line : nil,
                           offset: span.line > 0 ? span.column + 1 : nil,
                           endLine: span.line > 0 ? span.endLine : nil,
                           endOffset: span.line > 0 ? span.endColumn + 1 : nil, text: text)
    }

    func unsupported(_ what: String, _ span: SourceSpan) -> SyntaxError {
        SyntaxError(kind: .unsupported, message: "\(what) is not supported in lessons", filename: filename,
                    line: span.line, offset: span.column + 1, endLine: span.endLine,
                    endOffset: span.endColumn + 1, text: source.line(span.line) + "\n")
    }

    func compileModule(_ module: Module) throws -> CodeObject {
        if let (msg, span) = symbols.errors.first { throw error(msg, span) }
        unit = CodeUnit(scope: symbols.root, name: "<module>", qualname: "<module>", firstLine: 1)
        if containsAnnotations(module.body) { unit.emit(.setupAnnotations) }
        if let doc = docstring(module.body) {
            loadConst(.str(doc))
            unit.emit(.storeName(unit.name("__doc__")))
        }
        for s in module.body { try compile(s) }
        unit.loc = .none
        unit.emit(.loadConst(unit.constant(.none)))
        unit.emit(.returnValue)
        return unit.finish(filename: filename, flags: [.namespaceScope], argCount: 0, posOnly: 0, kwOnly: 0)
    }

    func containsAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign: return true
            case .for(let f): if containsAnnotations(f.body) || containsAnnotations(f.orelse) { return true }
            case .while(_, let b, let o), .if(_, let b, let o):
                if containsAnnotations(b) || containsAnnotations(o) { return true }
            case .with(let w): if containsAnnotations(w.body) { return true }
            case .try(let t):
                if containsAnnotations(t.body) || containsAnnotations(t.orelse) || containsAnnotations(t.finalbody) { return true }
                for h in t.handlers where containsAnnotations(h.body) { return true }
            default: break
            }
        }
        return false
    }

    /// Runs `body` with a fresh code unit for `scope`, restoring the outer one afterwards.
    func withUnit<T>(_ scope: Scope, name: String, qualname: String, firstLine: Int, _ body: () throws -> T) rethrows -> T {
        units.append(unit)
        unit = CodeUnit(scope: scope, name: name, qualname: qualname, firstLine: firstLine)
        defer { unit = units.removeLast() }
        return try body()
    }

    /// The qualified name of a new function or class defined in the current unit.
    func qualname(for name: String) -> String {
        let s = unit.scope
        switch s.kind {
        case .module: return name
        case .classBody: return "\(unit.qualname).\(name)"
        case .function, .comprehension: return "\(unit.qualname).<locals>.\(name)"
        }
    }

    // MARK: locations

    func setLoc(_ span: SourceSpan) {
        unit.loc = SourceLoc(line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn)
    }

    func setLoc(_ span: SourceSpan, anchor: SourceLoc.Anchor) {
        unit.loc = SourceLoc(line: span.line, column: span.column, endLine: span.endLine,
                             endColumn: span.endColumn, anchor: anchor)
    }

    // MARK: names

    func emitLoad(_ name: String) {
        switch unit.scope.scope(of: name) {
        case .local: unit.emit(.loadFast(unit.varIndex(name)))
        case .cell: unit.emit(.loadDeref(unit.cellIndex(name)))
        case .free:
            if unit.scope.kind == .classBody { unit.emit(.loadClassDeref(unit.cellIndex(name))) }
            else { unit.emit(.loadDeref(unit.cellIndex(name))) }
        case .global: unit.emit(.loadGlobal(unit.name(name)))
        case .namespace: unit.emit(.loadName(unit.name(name)))
        }
    }

    func emitStore(_ name: String) {
        switch unit.scope.scope(of: name) {
        case .local: unit.emit(.storeFast(unit.varIndex(name)))
        case .cell, .free: unit.emit(.storeDeref(unit.cellIndex(name)))
        case .global: unit.emit(.storeGlobal(unit.name(name)))
        case .namespace: unit.emit(.storeName(unit.name(name)))
        }
    }

    func emitDelete(_ name: String) {
        switch unit.scope.scope(of: name) {
        case .local: unit.emit(.deleteFast(unit.varIndex(name)))
        case .cell, .free: unit.emit(.deleteDeref(unit.cellIndex(name)))
        case .global: unit.emit(.deleteGlobal(unit.name(name)))
        case .namespace: unit.emit(.deleteName(unit.name(name)))
        }
    }

    func loadConst(_ c: CodeConstant) { unit.emit(.loadConst(unit.constant(c))) }
}
