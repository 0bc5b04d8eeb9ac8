import Compiler

/// Frames: creating them for calls, and leaving them by return, yield or exception.
extension VM {
    /// Runtime values of a code object's constants, built once and cached on the code object.
    func constants(for code: CodeObject) -> ConstantTable {
        if let cache = code.runtimeCache { return unsafeDowncast(cache, to: ConstantTable.self) }
        let table = ConstantTable(code.constants.map { constantValue($0) }, instructions: code.instructions.count)
        code.runtimeCache = table
        return table
    }

    func constantValue(_ c: CodeConstant) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigint(let b): return .bigint(b)
        case .float(let d): return .float(d)
        case .complexImag: return .none
        case .str(let s): return .string(s)
        case .bytes(let b): return .obj(PyBytes(b))
        case .tuple(let items): return .obj(PyTuple(items.map { constantValue($0) }))
        case .frozenset(let items):
            // CPython builds the frozenset from the source order, then its constant merging
            // rebuilds it once from its own iteration order (which decides the final layout).
            let first = PySet(frozen: true)
            for i in items { try? first.add(constantValue(i), vm: self) }
            let s = PySet(frozen: true)
            for (k, h) in first.entries { try? s.add(k, hash: h, vm: self) }
            return .obj(s)
        case .code(let code): return .obj(PyCodeValue(code))
        case .ellipsis: return .obj(BuiltinTypes.ellipsis)
        }
    }

    /// One RESUME or JUMP_BACKWARD of `code` (see `CodeObject.warmupLeft`).
    @inline(__always)
    func warmUp(_ code: CodeObject) {
        if code.warmupLeft > 0 { code.warmupLeft &-= 1 }
    }

    /// Counts a frame (or a nested native call) toward the recursion limit.
    @inline(__always)
    func enterDepth(_ suffix: String = "") throws {
        if depth >= options.recursionLimit { throw recursionError(suffix) }
        depth += 1
    }

    // MARK: leaving frames

    /// The frame returned `v`: deliver it to whoever resumed the frame. Returns the frame to
    /// continue with, or nil when `f` was the loop's entry frame.
    @inline(__always)
    func finish(_ f: Frame, returning v: Value) -> Frame? {
        depth -= f.depthCost
        if let g = f.generator {
            g.frame = nil
            g.running = false
        }
        if f.isEntry {
            f.isEntry = false
            f.back = nil
            return nil
        }
        let caller = f.back!
        f.back = nil
        switch f.resume {
        case .call: caller.push(v)
        case .constructor(let instance):
            if !v.isNone {
                // Raised in the caller, at the call (CPython checks after __init__ returns).
                pendingCallerError = typeError("__init__() should return None, not '\(typeName(v))'")
            }
            caller.push(instance)
        case .forIter(let t):
            _ = caller.pop()
            caller.ip = Int(t)
        case .send(let t):
            _ = caller.pop()
            caller.push(v)
            caller.ip = Int(t)
        }
        return caller
    }

    /// The frame yielded `v`. Returns the frame to continue with, or nil for the entry frame.
    @inline(__always)
    func suspend(_ f: Frame, yielding v: Value) -> Frame? {
        depth -= 1
        f.generator?.running = false
        if f.isEntry {
            f.isEntry = false
            f.back = nil
            return nil
        }
        let caller = f.back!
        f.back = nil
        caller.push(v)
        if case .send = f.resume { caller.delegating = true }
        return caller
    }

    /// Finds the handler for `exc`, walking out of frames; returns the frame to continue in, or
    /// throws when the exception leaves the loop's entry frame.
    func unwind(_ exc: PyException, from start: Frame) throws -> Frame {
        var exc = exc
        var f = start
        if exc.needsContext {
            exc.needsContext = false
            chainContext(exc, from: f)
        }
        if observer != nil, !reraising, !exc.traceRaised { reportRaised(exc) }
        while true {
            if !reraising {
                exc.traceback = PyTraceback(code: f.code, instruction: max(f.ip - 1, 0), next: exc.traceback)
            }
            reraising = false
            if let b = f.blocks.popLast() {
                f.unwind(to: Int(b.level))
                f.push(.obj(exc))
                f.ip = Int(b.handler)
                return f
            }
            depth -= f.depthCost
            if let g = f.generator {
                g.frame = nil
                g.running = false
                exc = generatorStopConversion(exc, g)
            }
            if f.isEntry {
                f.isEntry = false
                f.back = nil
                throw exc
            }
            let caller = f.back!
            f.back = nil
            f = caller
        }
    }

    /// Sets `exc.__context__` to the exception being handled where it was raised.
    func chainContext(_ exc: PyException, from f: Frame) {
        var fr: Frame? = f
        var handled: PyException?
        while let x = fr {
            if let h = x.handled { handled = h; break }
            fr = x.back
        }
        guard let h = handled, h !== exc else { return }
        // Break a cycle rather than create one (CPython does the same).
        var o = h
        while let c = o.context {
            if c === exc { o.context = nil; break }
            o = c
        }
        exc.context = h
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    func generatorStopConversion(_ exc: PyException, _ g: PyGenerator) -> PyException {
        let what: String
        switch g.flavor {
        case .generator: what = "generator"
        case .coroutine: what = "coroutine"
        case .asyncGenerator:
            if exc.isInstance(of: ExceptionTypes.stopAsyncIteration) {
                let r = runtimeError("async generator raised StopAsyncIteration")
                r.cause = exc; r.context = exc; r.suppressContext = true; r.needsContext = false
                r.traceback = exc.traceback
                return r
            }
            what = "async generator"
        }
        guard exc.isInstance(of: ExceptionTypes.stopIteration) else { return exc }
        let r = runtimeError("\(what) raised StopIteration")
        r.cause = exc
        r.context = exc
        r.suppressContext = true
        r.needsContext = false
        return r
    }
}

/// Runtime constants of one code object.
final class ConstantTable {
    let values: UnsafeMutablePointer<Value>
    let count: Int
    let warm: UnsafeMutablePointer<UInt8>
    let instructionCount: Int
    init(_ items: [Value], instructions: Int) {
        count = items.count
        values = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
        values.initialize(from: items, count: count)
        instructionCount = max(instructions, 1)
        warm = UnsafeMutablePointer<UInt8>.allocate(capacity: instructionCount)
        warm.initialize(repeating: 0, count: instructionCount)
    }
    deinit {
        values.deinitialize(count: count)
        values.deallocate()
        warm.deallocate()
    }
}

/// A code object as a Python value (the operand of `makeFunction`).
public final class PyCodeValue: PyObject {
    public let code: CodeObject
    init(_ code: CodeObject) {
        self.code = code
        super.init(cls: BuiltinTypes.code, kind: .other)
    }
}
