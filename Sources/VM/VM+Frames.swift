import Compiler

/// Frames: creating them for calls, and leaving them by return, yield or exception.
extension VM {
    /// Runtime values of a code object's constants, built once and cached on the code object.
    func constants(for code: CodeObject) -> ConstantTable {
        if let cache = code.runtimeCache { return unsafeDowncast(cache, to: ConstantTable.self) }
        let table = ConstantTable(code.constants.map { constantValue($0) }, names: code.names.map { intern($0) },
                                  code: code)
        code.runtimeCache = table
        return table
    }

    /// The one str object for an identifier (so namespace keys compare by identity).
    func intern(_ name: String) -> PyStr {
        if let s = internedNames[name] { return s }
        let s = PyStr(name)
        s.cachedHash = PyHash.string(name)
        internedNames[name] = s
        return s
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
        case .strCodePoints(let c): return SurrogateText.make(c)
        case .bytes(let b): return .obj(PyBytes(b))
        case .tuple(let items):
            if items.isEmpty { return .obj(PyTuple.empty) }
            let key = constantKey(c)
            if let v = mergedTupleConstants[key] { return v }
            let v = Value.obj(PyTuple(items.map { constantValue($0) }))
            mergedTupleConstants[key] = v
            return v
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

    /// `_PyCode_ConstantKey`: equal only when values and types are (so `(1,)`, `(1.0,)` and
    /// `(True,)` stay distinct; -0.0 is not 0.0).
    func constantKey(_ c: CodeConstant) -> String {
        switch c {
        case .none: return "N"
        case .bool(let b): return b ? "T" : "F"
        case .int(let i): return "i\(i)"
        case .bigint(let b): return "i\(b)"
        case .float(let d): return "f\(d.bitPattern)"
        case .complexImag(let d): return "j\(d.bitPattern)"
        case .str(let s): return "s\(s.utf8.count):\(s)"
        case .strCodePoints(let c): return "u\(c.count):\(c)"
        case .bytes(let b): return "b\(b.count):\(b)"
        case .tuple(let items): return "(" + items.map(constantKey).joined(separator: ",") + ")"
        case .frozenset(let items): return "{" + items.map(constantKey).joined(separator: ",") + "}"
        case .code: return "c"  // never inside a tuple constant
        case .ellipsis: return "E"
        }
    }

    /// A frame for a call of `code`: a reused one when the code has a finished frame with the
    /// same globals, else a new one.
    @inline(__always)
    func newFrame(_ code: CodeObject, globals: PyDict) -> Frame {
        newFrame(code, constants(for: code), globals: globals)
    }

    @inline(__always)
    func newFrame(_ code: CodeObject, _ table: ConstantTable, globals: PyDict) -> Frame {
        // Taken off the list by moves (no reference counting); a frame of other globals (the
        // same code run as two modules) is rare and simply dropped.
        if let fr = table.freeFrame.take() {
            table.freeFrame = fr.nextFree.take()
            table.freeCount &-= 1
            if fr.globals === globals { return fr }
        }
        return Frame(code: code, globals: globals, namespace: nil, constants: table)
    }

    /// Keeps a frame that returned for reuse by its code's next call, when nothing else refers
    /// to it (a generator's frame, or one a caller still holds, is left alone). The loop's
    /// reference (`done`) moves into the free list: no reference counting.
    @inline(__always)
    func recycle(_ done: inout Frame?) {
        unowned(unsafe) let frame = done.unsafelyUnwrapped
        unowned(unsafe) let table = frame.table
        guard !table.makesGenerator, frame.namespace == nil, table.freeCount < 8,
              isKnownUniquelyReferenced(&done) else { return }
        frame.reset()
        frame.nextFree = table.freeFrame.take()
        table.freeFrame = done.take()
        table.freeCount &+= 1
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

    /// The frame returns the value on top of its stack: deliver it to whoever resumed the
    /// frame (moved from slot to slot). Returns the frame to continue with, or nil when `f`
    /// was the loop's entry frame (the value is then still on its stack).
    @inline(__always)
    func finish(_ f: Frame) -> Frame? {
        depth -= f.depthCost
        if f.table.makesGenerator, let g = f.generator {
            g.frame = nil
            g.running = false
        }
        if f.isEntry {
            f.isEntry = false
            f.back = nil
            return nil
        }
        let caller = f.back.take()!
        switch f.resume {
        case .call: caller.push(f.pop())
        case .constructor(let instance):
            if !f.top.isNone {
                // Raised in the caller, at the call (CPython checks after __init__ returns).
                pendingCallerError = typeError("__init__() should return None, not '\(typeName(f.top))'")
            }
            _ = f.pop()
            caller.push(instance)
        case .forIter(let t):
            _ = f.pop()
            _ = caller.pop()
            caller.ip = Int(t)
        case .send(let t):
            _ = caller.pop()
            caller.push(f.pop())
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
        let caller = f.back.take()!
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
            // The frame fails. CPython pops its value stack now, but the traceback entry
            // refers to the frame object, which keeps the locals (and cells) alive until the
            // traceback dies — when the exception is dropped, not when the frame ends.
            f.unwind(to: 0)
            if let tb = exc.traceback, tb.code === f.code, f.namespace == nil {
                f.moveLocals(into: &tb.keepAlive)
            }
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

/// Runtime constants of one code object: its constants as values, its names as interned str
/// objects (hash computed once, identical keys in every namespace), and one `NameCache` per
/// instruction for global and module-level name lookups.
final class ConstantTable {
    let values: UnsafeMutablePointer<Value>
    let count: Int
    let names: UnsafeMutablePointer<PyStr>
    let nameCount: Int
    let nameCaches: UnsafeMutablePointer<NameCache>
    let attrCaches: UnsafeMutablePointer<AttrCache>
    let instructionCount: Int
    /// The code is a generator, coroutine or async generator (a call makes a generator object).
    let makesGenerator: Bool
    /// Parameters are plain positional ones (no keyword-only, no *args, no **kwargs).
    let positionalOnlyCall: Bool
    /// Finished frames of this code kept for reuse (a call then costs no allocation): a list
    /// linked through `Frame.nextFree`, at most 8 long.
    var freeFrame: Frame?
    var freeCount = 0
    /// The code has cell or free variables (a call must create or attach cells).
    let hasCells: Bool
    init(_ items: [Value], names: [PyStr], code: CodeObject) {
        let instructions = code.instructions.count
        makesGenerator = code.flags.contains(.generator) || code.flags.contains(.coroutine)
            || code.flags.contains(.asyncGenerator)
        hasCells = !code.cellvars.isEmpty || !code.freevars.isEmpty
        positionalOnlyCall = code.kwOnlyArgCount == 0 && !code.flags.contains(.varargs)
            && !code.flags.contains(.varkeywords)
        count = items.count
        values = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
        values.initialize(from: items, count: count)
        nameCount = names.count
        self.names = UnsafeMutablePointer<PyStr>.allocate(capacity: max(nameCount, 1))
        self.names.initialize(from: names, count: nameCount)
        instructionCount = max(instructions, 1)
        nameCaches = UnsafeMutablePointer<NameCache>.allocate(capacity: instructionCount)
        nameCaches.initialize(repeating: NameCache(), count: instructionCount)
        attrCaches = UnsafeMutablePointer<AttrCache>.allocate(capacity: instructionCount)
        attrCaches.initialize(repeating: AttrCache(), count: instructionCount)
    }
    deinit {
        values.deinitialize(count: count)
        values.deallocate()
        names.deinitialize(count: nameCount)
        names.deallocate()
        nameCaches.deallocate()
        attrCaches.deallocate()
    }
}

/// Where a `loadGlobal`/`storeGlobal` (or module-level `loadName`/`storeName`) instruction last
/// found its name: an entry position in the globals or the builtins, valid while both dicts keep
/// the layout versions recorded here (CPython 3.11's LOAD_GLOBAL specialisation, keyed the same
/// way on dict key versions). Layout versions are never reused, so a version also names its dict.
struct NameCache {
    /// `layoutVersion` of the globals when filled (0: empty; versions start at 1).
    var globalsVersion: UInt64 = 0
    /// `layoutVersion` of the builtins when the name was found there; 0 when found in globals.
    var builtinsVersion: UInt64 = 0
    /// The entry position in the dict that holds the name.
    var entry: Int = 0
}

/// Where a name was last found along the MRO of a type: the class namespace and entry
/// position, or nothing. One per `loadAttr`/`storeAttr`/`loadMethod` instruction (for the type
/// it last saw), and the entries of the `TypeAttributeCache`. Valid while the type and name are
/// the same and `PyDict.typeEpoch` has not moved (creating a class advances it too, so a type
/// reallocated at the same address never matches).
struct AttrCache {
    /// The type and the name, by address only: compared, never dereferenced (either may have
    /// died since; then the epoch has moved on anyway).
    var cls: UInt = 0
    var name: UInt = 0
    /// `PyDict.typeEpoch` when filled (0: empty; the epoch starts at 1).
    var epoch: UInt64 = 0
    /// The namespace along the MRO holding the name; nil when no class has it. Only read while
    /// the entry is valid, when the type (whose MRO holds the namespace) is alive.
    var owner: Unmanaged<PyDict>?
    var entry: Int = 0

    /// `cls` of an entry that caches a module attribute (`loadMethod`): no type lives at
    /// address 1, so type lookups never match it. Such an entry's `epoch` is the module
    /// namespace's `layoutVersion` (unique among all dicts, so a namespace freed and another
    /// allocated at the same address never matches either) and `owner` that namespace.
    static let moduleEntry: UInt = 1

    @inline(__always) static func address(_ o: AnyObject) -> UInt {
        UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())
    }

    @inline(__always) func matches(_ cls: PyClass) -> Bool {
        self.cls == AttrCache.address(cls) && epoch == PyDict.typeEpoch
    }

    /// The attribute's current value, or nil when no class along the MRO has it.
    @inline(__always) var value: Value? {
        guard let o = owner else { return nil }
        return o._withUnsafeGuaranteedRef { $0.value(at: entry) }
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
