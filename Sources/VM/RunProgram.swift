import Compiler
import Syntax
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Options of `runProgram` (the command line's `looplab run FILE --plain`).
public struct RunOptions {
    public var vm = VMOptions()
    /// Called with the new interpreter before the program runs (the command line installs the
    /// asyncio bridge here; VM knows nothing about it).
    public var prepare: ((VM) -> Void)?
    public init() {}
}

/// What running a module produced.
public enum RunOutcome {
    /// The program finished (or raised SystemExit with this status).
    case finished(Int32)
    /// An uncaught exception (already printed to stderr).
    case exception(PyException)
    /// A looplab stop (message already printed to stderr).
    case stopped(String)
}

/// Reads, compiles and runs a Python file, printing exactly what python3 would print.
/// Returns the process exit status (0, 1 for an uncaught exception or a looplab stop, 130 for
/// KeyboardInterrupt, or SystemExit's code).
public func runProgram(path: String, options: RunOptions = RunOptions()) -> Int32 {
    guard let bytes = readFile(path) else {
        let msg = "python3: can't open file '\(path)': [Errno 2] No such file or directory\n"
        _ = msg.withCString { write(2, $0, strlen($0)) }
        return 2
    }
    return runWithLargeStack {
        let vm = VM(options: options.vm)
        options.prepare?(vm)
        let status = vm.runSource(SourceFile(name: path, bytes: bytes))
        vm.finalizeMain()
        vm.flush()
        return status
    }
}

func readFile(_ path: String) -> [UInt8]? {
    guard let fp = fopen(path, "rb") else { return nil }
    defer { fclose(fp) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buf, 1, buf.count, fp)
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return out
}

extension VM {
    /// Compiles and runs a module as `__main__`; prints errors as python3 does; returns the status.
    public func runSource(_ source: SourceFile) -> Int32 {
        scriptPath = source.name
        sources[source.name] = source
        if let bad = firstInvalidUTF8(source.bytes) {
            stderr.write("SyntaxError: Non-UTF-8 code starting with '\\x\(String(bad.byte, radix: 16))' in file \(source.name) on line \(bad.line), but no encoding declared; see https://peps.python.org/pep-0263/ for details\n")
            return 1
        }
        let module: Module
        // Compile-time SyntaxWarnings go to stderr before the program runs (or before the
        // SyntaxError that stops it), as CPython's compiler emits them.
        switch parse(source) {
        case .success(let m):
            module = m
            // CPython shows SyntaxWarnings as it compiles, before the program runs.
            for w in m.warnings { stderr.write(w.cpythonReport) }
        case .failure(let e):
            e.warnings.forEach { stderr.write($0.cpythonReport) }
            stderr.write(formatSyntaxError(e))
            return 1
        }
        let code: CodeObject
        switch compile(module) {
        case .success(let c): code = c
        case .failure(let e):
            stderr.write(formatSyntaxError(e))
            return 1
        }
        switch runMain(code) {
        case .finished(let s): return s
        case .exception(let e):
            return e.isInstance(of: ExceptionTypes.keyboardInterrupt) ? 130 : 1
        case .stopped: return 1
        }
    }

    /// Runs a compiled module as `__main__`, printing an uncaught exception or a stop to stderr.
    /// Interpreter exit: the main module's namespace is cleared, so what only it kept alive
    /// dies now (CPython's finalisation; warnings then name `sys:1`).
    public func finalizeMain() {
        atExit = true
        current = nil
        // `sys.last_value` goes first (finalize_modules_delete_special), while the warnings
        // machinery can still import tracemalloc: what dies with it gets the tracemalloc hint.
        exitWarningsHint = true
        lastUncaught = nil
        exitWarningsHint = false
        if let main = modules["__main__"] {
            clearModuleNamespace(main.dict)
        }
        lastGlobals = nil
        modules["__main__"] = nil
        // Generators that only the main namespace kept alive are closed now, as CPython's
        // finalisation does (their `finally` blocks print after an uncaught traceback).
        do { try closeDyingGenerators() } catch let stop as LooplabStop {
            stderr.write(stop.message + "\n")
        } catch {}
        let handlers = atExitHandlers
        atExitHandlers.removeAll()
        for h in handlers { h() }
    }

    public func runMain(_ code: CodeObject) -> RunOutcome {
        let globals = PyDict()
        globals.setStr("__name__", .string("__main__"))
        globals.setStr("__builtins__", .obj(PyModule(name: "builtins", dict: builtins)))
        globals.setStr("__file__", .string(code.filename))
        globals.setStr("__doc__", .none)
        let main = PyModule(name: "__main__", dict: globals)
        modules["__main__"] = main
        lastGlobals = globals
        VM.active = self
        defer {
            // Values still alive die at interpreter exit (their warnings say `sys:1`); the
            // module's namespace is cleared by `finalizeMain`, after `sys.last_value`.
            atExit = true
        }
        do {
            _ = try runModuleCode(code, globals: globals)
            return .finished(0)
        } catch let e as PyException {
            if e.isInstance(of: ExceptionTypes.systemExit) { return .finished(systemExitStatus(e)) }
            stdout.flush()
            stderr.write(formatUncaught(e))
            lastUncaught = e
            return .exception(e)
        } catch let stop as LooplabStop {
            stdout.flush()
            stderr.write(stop.message + "\n")
            return .stopped(stop.message)
        } catch {
            stderr.write("looplab internal error: \(error)\n")
            return .stopped("\(error)")
        }
    }

    /// Interpreter exit frees the main module's namespace in insertion order (CPython's dict
    /// deallocation), so objects die — and their finalisers run — in CPython's order.
    func clearModuleNamespace(_ globals: PyDict) {
        for k in globals.orderedKeys {
            guard case .str(let name) = k else { continue }
            try? globals.insert(k, .none, hash: PyHash.string(name.value), vm: nil)
        }
        globals.removeAll()
    }

    /// Runs module-level code with `globals` as its namespace.
    public func runModuleCode(_ code: CodeObject, globals: PyDict) throws -> Value {
        resetLimits()
        let frame = Frame(code: code, globals: globals, namespace: globals, constants: constants(for: code))
        try enterDepth()
        warmUp(code)
        frame.back = current
        switch try execute(frame) {
        case .returned(let v): return v
        case .yielded: return .none
        }
    }

    func systemExitStatus(_ e: PyException) -> Int32 {
        guard let arg = e.args.first else { return 0 }
        switch arg {
        case .none: return 0
        case .int(let i): return Int32(truncatingIfNeeded: i)
        default:
            stderr.write(((try? str(arg)) ?? "") + "\n")
            return 1
        }
    }

    /// CPython's SyntaxError block: `  File "x.py", line N` / source line / caret line / message,
    /// preceded by the SyntaxWarnings CPython printed while compiling. The Syntax target's
    /// `cpythonReport` is the one renderer (pythonrun.c's print_error_text: the caret is left
    /// out when the offset points left of the stripped text, as for tokenizer errors).
    /// Unsupported constructs are looplab stops: `file:line:col: message`.
    public func formatSyntaxError(_ e: SyntaxError) -> String {
        if e.kind == .unsupported {
            let where_ = e.line.map { "\(e.filename):\($0):\(e.offset ?? 1): " } ?? ""
            return where_ + e.message + "\n"
        }
        return e.cpythonReport
    }

    func firstInvalidUTF8(_ bytes: [UInt8]) -> (byte: UInt8, line: Int)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 { line += 1; i += 1; continue }
            if b < 0x80 { i += 1; continue }
            var n = 0
            if b & 0xE0 == 0xC0 { n = 1 } else if b & 0xF0 == 0xE0 { n = 2 } else if b & 0xF8 == 0xF0 { n = 3 } else { return (b, line) }
            if i + n >= bytes.count + 0 && i + n > bytes.count - 1 + 1 { return (b, line) }
            var ok = true
            for k in 1...n where i + k >= bytes.count || bytes[i + k] & 0xC0 != 0x80 { ok = false }
            if !ok { return (b, line) }
            i += n + 1
        }
        return nil
    }
}
