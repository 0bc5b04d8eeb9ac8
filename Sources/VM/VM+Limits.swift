import Compiler

/// Limits (step budget, Ctrl-C polling) and looplab's own stops.
extension VM {
    /// Runs when `steps` reaches `stepCheckpoint`: enforces the step budget and polls the
    /// interrupt hook.
    func checkLimits() throws {
        if !dyingGenerators.isEmpty { try closeDyingGenerators() }
        if steps >= stepLimit {
            throw LooplabStop("looplab stopped the program: it ran more than \(options.maxSteps) steps (use --max-steps to raise the limit)")
        }
        stepCheckpoint = min(stepLimit, steps + options.interruptInterval)
        if let check = options.interruptCheck, check() {
            throw newException(ExceptionTypes.keyboardInterrupt)
        }
    }

    func resetLimits() {
        stepLimit = options.maxSteps > 0 ? options.maxSteps : Int.max
        stepCheckpoint = min(stepLimit, steps + options.interruptInterval)
    }

    func unsupportedStop(_ f: Frame, _ message: Value) -> LooplabStop {
        let loc = f.code.locations[max(f.ip - 1, 0)]
        var text = "construct"
        if case .str(let s) = message { text = s.value }
        return LooplabStop("\(f.code.filename):\(loc.line):\(loc.column + 1): \(text) is not supported in lessons")
    }

    /// Runs `body` with a frame of `code` — a library function implemented natively, such as
    /// asyncio's `Handle._run` — as the running frame, below the frames `body` resumes. A
    /// warning from an object dying in `body` outside those frames then points at it, as in
    /// CPython, where the event loop's Python frames sit between the program and its tasks.
    public func withLibraryFrame<T>(_ code: CodeObject, _ body: () throws -> T) rethrows -> T {
        let saved = current
        let f = libraryFrame(code, globals: saved?.globals)
        f.back = saved
        current = f
        defer {
            current = saved
            f.back = nil
        }
        return try body()
    }

    /// A frame of `code` standing for a library function implemented natively (at its one
    /// instruction), for `withLibraryFrame` and `librarySite`.
    public func libraryFrame(_ code: CodeObject, globals: PyDict? = nil) -> Frame {
        let f = Frame(code: code, globals: globals ?? PyDict(), namespace: nil, constants: constants(for: code))
        f.ip = 1
        f.isLibrary = true
        return f
    }

    /// `RuntimeWarning: coroutine '…' was never awaited`, at the line running when it died.
    public func warnNeverAwaited(_ qualname: String) {
        let message = "RuntimeWarning: coroutine '\(qualname)' was never awaited"
        observer?.warning(message)
        if atExit || current == nil {
            let key = "sys:1:" + message
            if shownWarnings.insert(key).inserted {
                stderr.write("sys:1: \(message)\n" + (exitWarningsHint ? "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" : ""))
            }
            return
        }
        guard var f = current else { return }
        if f.isLibrary, let site = librarySite?(f) { f = site }
        let line = f.propagatedLine
        let key = "\(f.code.filename):\(line):" + message
        guard shownWarnings.insert(key).inserted else { return }
        var text = "\(f.code.filename):\(line): \(message)\n"
        if let src = sources[f.code.filename] {
            var l = Substring(src.line(line))
            while let c = l.first, c == " " || c == "\t" { l.removeFirst() }
            while let c = l.last, c == " " || c == "\t" { l.removeLast() }
            if !l.isEmpty { text += "  \(l)\n" }
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        stderr.write(text)
    }

    /// Interactive expression statements print the repr of non-None values.
    func printExpr(_ v: Value) throws {
        if v.isNone { return }
        stdout.write(try repr(v) + "\n")
        builtins.setStr("_", v)
    }
}
