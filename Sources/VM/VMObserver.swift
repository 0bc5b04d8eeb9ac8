/// Receives the interpreter's own facts for the trace (DESIGN §4 "Trace events"): exceptions
/// raised and caught, and warnings. Output lines reach the trace through `OutputBuffer.tap`.
///
/// Installed only while a trace is recorded; with no observer the hooks cost one nil test on
/// paths that are already slow (unwinding, `POP_EXCEPT`, warnings). Observers receive the
/// exception object only for the duration of the call and must keep reprs, never the object
/// (a kept reference would change when "never retrieved" messages appear).
public protocol VMObserver: AnyObject {
    /// An exception object starts propagating (a fresh raise; re-raises of an exception
    /// already on its way are not reported again).
    func exceptionRaised(type: String, message: String)
    /// An `except T` clause matched it (at the `except` line), or a bare `except:` / a
    /// `with` block's `__exit__` finished handling it.
    func exceptionCaught(type: String)
    /// A warning the interpreter printed (`RuntimeWarning: coroutine … was never awaited`).
    func warning(_ message: String)
}

extension VM {
    /// The Python source location of the instruction running now (nil between runs).
    public var currentLocation: (file: String, line: Int, column: Int)? {
        var f = current
        while let x = f, x.isLibrary { f = x.back }
        guard let f else { return nil }
        return location(of: f)
    }

    /// The location of the instruction before `ip` (the one running, or the one a suspended
    /// frame stopped at). Compiler-made instructions without a line (an except clause's
    /// `POP_EXCEPT`) take the nearest earlier line, as CPython's line table does.
    func location(of f: Frame) -> (file: String, line: Int, column: Int) {
        let locs = f.code.locations
        guard !locs.isEmpty else { return (f.code.filename, 0, 0) }
        var i = max(0, min(f.ip - 1, locs.count - 1))
        while i > 0 && locs[i].line <= 0 { i -= 1 }
        return (f.code.filename, Int(locs[i].line), Int(locs[i].column) + 1)
    }

    /// `BaseException.__str__` for the trace, computed without running Python code (a
    /// program's `__str__`/`__repr__` must not run, or print, because a trace is recorded):
    /// builtin scalars are shown as `str` would, other objects as `<TypeName object>`.
    func traceMessage(_ e: PyException) -> String {
        func text(_ v: Value, quoted: Bool) -> String {
            switch v {
            case .str(let s): return quoted ? ((try? repr(v)) ?? s.value) : s.value
            case .none, .bool, .int, .float: return (try? repr(v)) ?? ""
            case .obj(let o): return "<\(typeName(.obj(o))) object>"
            case .null: return ""
            }
        }
        switch e.args.count {
        case 0: return ""
        case 1: return text(e.args[0], quoted: false)
        default: return "(" + e.args.map { text($0, quoted: true) }.joined(separator: ", ") + ")"
        }
    }

    @inline(never)
    func reportRaised(_ e: PyException) {
        e.traceRaised = true
        e.traceCaught = false
        observer?.exceptionRaised(type: e.cls.name, message: traceMessage(e))
    }

    /// An `except T` clause matched (reported at the `except` line).
    @inline(never)
    func reportCaught(_ v: Value) {
        guard let e = v.object as? PyException, !e.traceCaught else { return }
        e.traceCaught = true
        e.traceRaised = false
        observer?.exceptionCaught(type: e.cls.name)
    }

    /// `POP_EXCEPT` ends a handler. A bare `except:` or a `with` block whose `__exit__`
    /// suppressed the exception had no matching `except T`: report the catch here. When a
    /// `RERAISE` follows, it is the cleanup of a clause that did not handle the exception
    /// (the compiler's pattern), not a catch.
    @inline(never)
    func reportHandled(_ f: Frame) {
        guard let e = f.handled, !e.traceCaught else { return }
        if f.ip < f.code.instructions.count, case .reraise = f.instructions[f.ip] { return }
        reportCaught(.obj(e))
    }
}

extension VM {
    /// Where a suspended coroutine will resume: the innermost frame of its `await` chain
    /// (a coroutine awaiting a coroutine suspends in the callee; the callee object sits on
    /// top of the awaiting frame's stack while it is suspended). For a coroutine that has not
    /// started, its first instruction (the `def` line, as CPython reports it).
    public func suspendedLocation(_ g: PyGenerator) -> (file: String, line: Int, column: Int)? {
        guard var f = g.frame else { return nil }
        var hops = 0
        while hops < 1000, f.sp > f.localCount, case .obj(let o) = f.slots[f.sp - 1],
              let sub = o as? PyGenerator, !sub.running, let inner = sub.frame {
            f = inner
            hops += 1
        }
        return location(of: f)
    }
}

extension VM {
    /// Whether the instruction running now belongs to `g`'s frame or to something it called
    /// (false while `g` only delegates to a native awaitable, e.g. a `throw()` passed on to
    /// `asyncio.sleep`).
    public func isExecuting(inside g: PyGenerator) -> Bool {
        guard let target = g.frame else { return false }
        var f = current
        var hops = 0
        while let x = f, hops < 100_000 {
            if x === target { return true }
            f = x.back
            hops += 1
        }
        return false
    }
}

extension VM {
    /// `repr(v)` for the trace, computed without running Python code: a program's
    /// `__repr__` must not run (or print) because a trace is recorded. Builtin scalars and
    /// builtin objects show their real repr; lists, tuples and dicts are walked (at most 3
    /// levels, 20 items each); exceptions show `Type(args)`; instances of the program's own
    /// classes show `<Type object>`.
    public func traceRepr(_ v: Value, depth: Int = 0) -> String {
        func items(_ xs: [Value]) -> String {
            var parts = xs.prefix(20).map { traceRepr($0, depth: depth + 1) }
            if xs.count > 20 { parts.append("...") }
            return parts.joined(separator: ", ")
        }
        switch v {
        case .none, .bool, .int, .float, .str:
            return (try? repr(v)) ?? "?"
        case .null:
            return "<NULL>"
        case .obj(let o):
            let cls = typeOf(v)
            if depth >= 3 && (o is PyList || o is PyTuple || o is PyDict) { return "..." }
            if let l = o as? PyList, cls.isBuiltin { return "[" + items(l.items) + "]" }
            if let t = o as? PyTuple, cls.isBuiltin {
                return t.items.count == 1 ? "(" + items(t.items) + ",)" : "(" + items(t.items) + ")"
            }
            if let d = o as? PyDict, cls.isBuiltin {
                let keys = d.orderedKeys, values = d.orderedValues
                var parts = zip(keys, values).prefix(20).map {
                    traceRepr($0.0, depth: depth + 1) + ": " + traceRepr($0.1, depth: depth + 1)
                }
                if keys.count > 20 { parts.append("...") }
                return "{" + parts.joined(separator: ", ") + "}"
            }
            if let e = o as? PyException {
                return e.cls.name + "(" + items(e.args) + ")"
            }
            if cls.isBuiltin && !(o is PySet) && !(o is PyInstance && !(o is PyException)) {
                return (try? repr(v)) ?? "<\(cls.name) object>"
            }
            return "<\(cls.name) object>"
        }
    }
}
