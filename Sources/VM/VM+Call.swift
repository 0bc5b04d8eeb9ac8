import Compiler

/// Calls: Python functions get a new frame in the same dispatch loop; native functions run in
/// Swift; calls from Swift into Python (`call`) run a nested loop.
extension VM {
    /// `call`/`callKw` in the loop: the stack holds `callable self|NULL args... [kwvalues...]`.
    /// Returns a new frame to switch to (the loop links it to `f`), or nil when the result is
    /// already on the stack.
    ///
    /// The callable is moved out of its slot (which then holds .null, owning nothing): the call
    /// owns it, so no copy of it is retained and released again. Calls of a Python function
    /// with exactly its plain positional parameters (most calls) are handled here, small
    /// enough to inline into the loop; the rest take `callFromStackGeneral`.
    @inline(__always)
    func callFromStack(_ f: Frame, argc: Int, kwnames: Value?) throws -> Frame? {
        let base = f.sp - argc - 2
        let callable = (f.slots + base).move()
        (f.slots + base).initialize(to: .null)
        if kwnames == nil, case .obj(let o) = callable, o.kind == .function {
            let fn = unsafeDowncast(o, to: PyFunction.self)
            let table = fn.table
            let hasSelf = !f.slots[base + 1].isNull
            let total = argc &+ (hasSelf ? 1 : 0)
            if total == fn.code.argCount && table.positionalOnlyCall {
                // The arguments are moved into the new frame's first slots (which hold .null);
                // then every slot from `base` up is .null and the stack is cut back to it.
                let frame = newFrame(fn.code, table, globals: fn.globals)
                let first = base &+ (hasSelf ? 1 : 2)
                for i in 0..<total {
                    (frame.slots + i).initialize(to: (f.slots + first + i).move())
                    (f.slots + first + i).initialize(to: .null)
                }
                f.sp = base
                if table.hasCells { setupCells(frame, fn) }
                return try startFrame(frame, fn, caller: f)
            }
        }
        return try callFromStackGeneral(f, callable, base: base, argc: argc, kwnames: kwnames)
    }

    /// The calls `callFromStack` does not handle itself; `callable` is already off the stack.
    @inline(never)
    func callFromStackGeneral(_ f: Frame, _ callable: __owned Value, base: Int, argc: Int, kwnames: Value?) throws -> Frame? {
        let hasSelf = !f.slots[base + 1].isNull
        let names = (kwnames?.object as? PyTuple)?.items ?? []
        if case .obj(let o) = callable, o.kind == .function {
            let fn = unsafeDowncast(o, to: PyFunction.self)
            let frame = try frameFromStack(fn, f, base: base, argc: argc, hasSelf: hasSelf, kwnames: names)
            return try startFrame(frame, fn, caller: f)
        }
        let selfArg = f.slots[base + 1]
        // A method of a builtin type called on its receiver (`items.append(x)`).
        if hasSelf && names.isEmpty, case .obj(let o) = callable, o.kind == .nativeFunction,
           let method = unsafeDowncast(o, to: PyNativeFunction.self).receiverBody {
            var rest: [Value] = []
            rest.reserveCapacity(argc)
            for i in 0..<argc { rest.append(f.slots[base + 2 + i]) }
            f.unwind(to: base - f.localCount)
            if unsafeDowncast(o, to: PyNativeFunction.self).countsDepth || f.code.warmupLeft > 0 {
                // CPython counts calls of METH_O / METH_VARARGS builtins toward the limit, and
                // every builtin call before the code is quickened (see `callCollected`).
                try enterDepth(" while calling a Python object")
                defer { depth -= 1 }
                f.push(try method(self, selfArg, Args(rest)))
            } else {
                f.push(try method(self, selfArg, Args(rest)))
            }
            return nil
        }
        // Everything else: collect the arguments.
        var positional: [Value] = []
        positional.reserveCapacity(argc + 1)
        if hasSelf { positional.append(selfArg) }
        let npos = argc - names.count
        for i in 0..<npos { positional.append(f.slots[base + 2 + i]) }
        var keywords: [(String, Value)] = []
        for (i, n) in names.enumerated() {
            keywords.append(((n.object as! PyStr).value, f.slots[base + 2 + npos + i]))
        }
        f.unwind(to: base - f.localCount)
        return try callCollected(callable, Args(positional, keywords: keywords), caller: f)
    }

    /// `callEx`: `callable self|NULL argsTuple [kwargsDict]`.
    func callEx(_ f: Frame, hasKwargs: Bool) throws -> Frame? {
        let kwargs = hasKwargs ? f.pop() : .null
        let argsTuple = f.pop()
        let selfArg = f.pop()
        let callable = f.pop()
        var positional: [Value] = []
        if !selfArg.isNull { positional.append(selfArg) }
        if case .obj(let t) = argsTuple, t.kind == .tuple {
            positional += unsafeDowncast(t, to: PyTuple.self).items
        } else {
            guard isIterable(argsTuple) else {
                throw typeError("\(functionDescription(callable)) argument after * must be an iterable, not \(typeName(argsTuple))")
            }
            positional += try iterate(argsTuple)
        }
        var keywords: [(String, Value)] = []
        if case .obj(let o) = kwargs, let d = o as? PyDict {
            for (k, v) in d.entries {
                guard case .str(let s) = k else { throw typeError("keywords must be strings") }
                keywords.append((s.value, v))
            }
        }
        return try callCollected(callable, Args(positional, keywords: keywords), caller: f)
    }

    /// Calls with collected arguments from inside the loop: Python functions (directly, as bound
    /// methods, as `__init__` of a class or as `__call__`) get a frame; the rest run now.
    func callCollected(_ callable: Value, _ args: Args, caller f: Frame) throws -> Frame? {
        switch callable {
        case .obj(let o):
            switch o.kind {
            case .function:
                let fn = unsafeDowncast(o, to: PyFunction.self)
                let frame = try makeFrame(fn, args)
                return try startFrame(frame, fn, caller: f)
            case .boundMethod:
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                var a = args
                a.positional.insert(m.receiver, at: 0)
                return try callCollected(m.function, a, caller: f)
            case .cls:
                let c = unsafeDowncast(o, to: PyClass.self)
                if c.constructor == nil, c.lookup("__new__") == nil,
                   case .obj(let initObj)? = c.lookup("__init__"), initObj.kind == .function {
                    // A Python class with a Python __init__: run __init__ in this loop.
                    let instance = try allocateInstance(c, args)
                    let fn = unsafeDowncast(initObj, to: PyFunction.self)
                    var a = args
                    a.positional.insert(instance, at: 0)
                    let frame = try makeFrame(fn, a)
                    try enterDepth(" while calling a Python object")
                    depth -= 1
                    frame.depthCost = 2
                    frame.resume = .constructor(instance)
                    let next = try startFrame(frame, fn, caller: f)
                    depth += 1
                    return next
                }
            case .instance, .exception:
                if case .obj(let callObj)? = o.cls.lookup("__call__"), callObj.kind == .function {
                    let fn = unsafeDowncast(callObj, to: PyFunction.self)
                    var a = args
                    a.positional.insert(callable, at: 0)
                    let frame = try makeFrame(fn, a)
                    return try startFrame(frame, fn, caller: f)
                }
            default: break
            }
        default: break
        }
        if f.code.warmupLeft == 0, case .obj(let o) = callable, o === BuiltinTypes.str,
           args.positional.count == 1, args.keywords.isEmpty {
            // Quickened code calls str(x) as PRECALL_NO_KW_STR_1: PyObject_Str directly,
            // without the class call's recursion level.
            f.push(try construct(BuiltinTypes.str, args))
            return nil
        }
        if f.code.warmupLeft > 0, let native = nativeCallee(callable), !native.countsDepth {
            // CPython's generic call path (code not quickened yet) checks the recursion limit
            // for every builtin function or method; once specialised, only METH_O and
            // METH_VARARGS builtins do (`countsDepth`).
            try enterDepth(" while calling a Python object")
            defer { depth -= 1 }
            f.push(try callNative(callable, args))
            return nil
        }
        f.push(try callNative(callable, args))
        return nil
    }

    /// The native function a call runs, directly or as a bound method.
    @inline(__always)
    func nativeCallee(_ callable: Value) -> PyNativeFunction? {
        guard case .obj(let o) = callable else { return nil }
        if o.kind == .nativeFunction { return unsafeDowncast(o, to: PyNativeFunction.self) }
        if o.kind == .boundMethod, case .obj(let f) = unsafeDowncast(o, to: PyBoundMethod.self).function,
           f.kind == .nativeFunction {
            return unsafeDowncast(f, to: PyNativeFunction.self)
        }
        return nil
    }

    /// Returns `frame` to become the running frame (or wraps it in a generator when its code
    /// is one). The loop links it to the caller: it moves its own reference to the caller into
    /// `back`, which costs no reference counting. A new or reused frame resumes its caller
    /// as a plain call (`.call`) unless told otherwise.
    @inline(__always)
    func startFrame(_ frame: Frame, _ fn: PyFunction, caller: Frame) throws -> Frame? {
        if frame.table.makesGenerator {
            caller.push(.obj(makeGenerator(fn, frame)))
            return nil
        }
        try enterDepth()
        warmUp(fn.code)
        return frame
    }

    func makeGenerator(_ fn: PyFunction, _ frame: Frame) -> PyGenerator {
        let flavor: PyGenerator.Flavor = fn.code.flags.contains(.coroutine) ? .coroutine
            : fn.code.flags.contains(.asyncGenerator) ? .asyncGenerator : .generator
        let g = PyGenerator(flavor: flavor, frame: frame, name: fn.name, qualname: fn.qualname)
        frame.generator = g
        return g
    }

    /// Calls something that is not handled in-loop: native functions, native classes, and Python
    /// code reached through them (which runs a nested loop).
    func callNative(_ callable: Value, _ args: Args) throws -> Value {
        switch callable {
        case .obj(let o):
            switch o.kind {
            case .nativeFunction:
                let fn = unsafeDowncast(o, to: PyNativeFunction.self)
                if fn.countsDepth {
                    // CPython counts calls of METH_O / METH_VARARGS builtins toward the limit.
                    try enterDepth(" while calling a Python object")
                    defer { depth -= 1 }
                    return try fn.body(self, args)
                }
                return try fn.body(self, args)
            case .function:
                return try callFunction(unsafeDowncast(o, to: PyFunction.self), args)
            case .boundMethod:
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                var a = args
                a.positional.insert(m.receiver, at: 0)
                return try call(m.function, a)
            case .cls:
                let c = unsafeDowncast(o, to: PyClass.self)
                if !c.isBuiltin || c.moduleName != "builtins" || c.isException || c === BuiltinTypes.str {
                    // A class without a vectorcall (Python classes, exceptions, the library's
                    // classes) is called through tp_call: CPython's _PyObject_MakeTpCall
                    // counts that call toward the recursion limit.
                    try enterDepth(" while calling a Python object")
                    defer { depth -= 1 }
                    return try construct(c, args)
                }
                return try construct(c, args)
            default:
                if let callMethod = o.cls.lookup("__call__") {
                    var a = args
                    a.positional.insert(callable, at: 0)
                    return try call(callMethod, a)
                }
            }
        case .str(let s):
            if let callMethod = s.cls.lookup("__call__"), !s.cls.isBuiltin { return try call(callMethod, args) }
        default: break
        }
        throw typeError("'\(typeName(callable))' object is not callable")
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for functions (module omitted for builtins).
    func functionDescription(_ callable: Value) -> String {
        if case .obj(let o) = callable {
            if let fn = o as? PyFunction {
                if case .str(let m) = fn.module, m.value != "builtins" { return "\(m.value).\(fn.qualname)()" }
                return "\(fn.qualname)()"
            }
            if let m = o as? PyBoundMethod { return functionDescription(m.function) }
            if let nf = o as? PyNativeFunction { return "\(nf.name)()" }
            if let c = o as? PyClass { return "\(c.fullName)()" }
        }
        return "\(typeName(callable)) object"
    }

    // MARK: calling from Swift (nested loop)

    /// Calls any callable from Swift. Python code runs in a nested dispatch loop that counts toward
    /// the recursion limit (DESIGN §3: calls from builtins back into Python).
    @discardableResult
    public func call(_ callable: Value, _ args: Args) throws -> Value {
        if case .obj(let o) = callable, o.kind == .function {
            return try callFunction(unsafeDowncast(o, to: PyFunction.self), args)
        }
        return try callNative(callable, args)
    }

    @discardableResult
    public func call(_ callable: Value, _ args: [Value]) throws -> Value {
        try call(callable, Args(args))
    }

    /// Runs a Python function to completion in a nested loop (or returns its generator).
    func callFunction(_ fn: PyFunction, _ args: Args, recursionSuffix: String = "") throws -> Value {
        let frame = try makeFrame(fn, args)
        if fn.code.flags.contains(.generator) || fn.code.flags.contains(.coroutine) || fn.code.flags.contains(.asyncGenerator) {
            return .obj(makeGenerator(fn, frame))
        }
        return try runNested(frame)
    }

    /// Runs a fresh frame in a nested loop until it returns.
    func runNested(_ frame: Frame) throws -> Value {
        try enterDepth()
        warmUp(frame.code)
        frame.back = current
        frame.resume = .call
        switch try execute(frame) {
        case .returned(let v): return v
        case .yielded: throw runtimeError("internal error: a plain function yielded")
        }
    }

    // MARK: argument binding

    /// Builds the frame for a call whose arguments are on the caller's stack (keywords, or a
    /// count that needs binding: defaults, `*args`, errors), popping them.
    func frameFromStack(_ fn: PyFunction, _ f: Frame, base: Int, argc: Int, hasSelf: Bool, kwnames: [Value]) throws -> Frame {
        var positional: [Value] = []
        positional.reserveCapacity(argc + 1)
        if hasSelf { positional.append(f.slots[base + 1]) }
        let npos = argc - kwnames.count
        for i in 0..<npos { positional.append(f.slots[base + 2 + i]) }
        var keywords: [(String, Value)] = []
        for (i, n) in kwnames.enumerated() {
            keywords.append(((n.object as! PyStr).value, f.slots[base + 2 + npos + i]))
        }
        f.unwind(to: base - f.localCount)
        return try makeFrame(fn, Args(positional, keywords: keywords))
    }

    /// Builds the frame for a call of `fn` with `args`, binding parameters as CPython does and
    /// raising its TypeErrors for bad calls.
    func makeFrame(_ fn: PyFunction, _ args: Args) throws -> Frame {
        let code = fn.code
        let frame = newFrame(code, globals: fn.globals)
        let slots = frame.slots
        let argCount = code.argCount
        let kwOnly = code.kwOnlyArgCount
        let pos = args.positional
        let hasVarargs = code.flags.contains(.varargs)
        let hasVarkw = code.flags.contains(.varkeywords)
        let name = fn.qualname
        // Positional parameters.
        let n = min(pos.count, argCount)
        for i in 0..<n { slots[i] = pos[i] }
        var varargsIndex = argCount + kwOnly
        if hasVarargs {
            slots[varargsIndex] = .obj(PyTuple(pos.count > argCount ? Array(pos[argCount...]) : []))
            varargsIndex += 1
        } else if pos.count > argCount {
            throw tooManyPositional(fn, given: pos.count, kwGiven: args.keywords.filter { k in
                code.varnames[argCount..<(argCount + kwOnly)].contains(k.0) }.count)
        }
        // Keyword arguments.
        var kwDict: PyDict?
        if hasVarkw {
            kwDict = PyDict()
            slots[varargsIndex] = .obj(kwDict!)
        }
        var posOnlyAsKeyword: [String] = []
        for (k, v) in args.keywords {
            var idx = -1
            for j in code.posOnlyArgCount..<(argCount + kwOnly) where code.varnames[j] == k { idx = j; break }
            if idx >= 0 {
                if !slots[idx].isNull { throw typeError("\(name)() got multiple values for argument '\(k)'") }
                slots[idx] = v
            } else if let d = kwDict {
                d.setStr(k, v)
            } else if code.varnames[0..<code.posOnlyArgCount].contains(k) {
                posOnlyAsKeyword.append(k)
            } else {
                throw typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if !posOnlyAsKeyword.isEmpty {
            throw typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(posOnlyAsKeyword.joined(separator: ", "))'")
        }
        // Defaults.
        if pos.count < argCount {
            let defaults = fn.defaults
            let firstDefault = argCount - defaults.count
            var missing: [String] = []
            for i in pos.count..<argCount where slots[i].isNull {
                if i >= firstDefault { slots[i] = defaults[i - firstDefault] } else { missing.append(code.varnames[i]) }
            }
            if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }
        }
        if kwOnly > 0 {
            var missing: [String] = []
            for i in argCount..<(argCount + kwOnly) where slots[i].isNull {
                if let d = fn.kwDefaults?.getStr(code.varnames[i]) { slots[i] = d } else { missing.append(code.varnames[i]) }
            }
            if !missing.isEmpty { throw missingArguments(name, missing, kind: "keyword-only") }
        }
        setupCells(frame, fn)
        return frame
    }

    /// Creates cells for cellvars (moving parameter values in) and attaches the closure.
    @inline(__always)
    func setupCells(_ frame: Frame, _ fn: PyFunction) {
        let code = fn.code
        if code.cellvars.isEmpty && code.freevars.isEmpty { return }
        var cells: [PyCell] = []
        cells.reserveCapacity(code.cellvars.count + code.freevars.count)
        for (i, _) in code.cellvars.enumerated() {
            let arg = code.cellToArg[i]
            if arg >= 0 {
                cells.append(PyCell(frame.slots[arg]))
                frame.slots[arg] = .null
            } else {
                cells.append(PyCell())
            }
        }
        cells += fn.closure
        frame.cells = cells
    }

    func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyException {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = missing.count == 1 ? "argument" : "arguments"
        return typeError("\(name)() missing \(missing.count) required \(kind) \(plural): \(list)")
    }

    func tooManyPositional(_ fn: PyFunction, given: Int, kwGiven: Int) -> PyException {
        let code = fn.code
        let required = code.argCount - fn.defaults.count
        let takes: String
        if fn.defaults.isEmpty {
            takes = "\(code.argCount) positional argument\(code.argCount == 1 ? "" : "s")"
        } else {
            takes = "from \(required) to \(code.argCount) positional arguments"
        }
        var givenText = "\(given) positional argument\(given == 1 ? "" : "s")"
        if kwGiven > 0 {
            givenText += " (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s"))"
        }
        let verb = (given == 1 && kwGiven == 0) ? "was" : "were"
        if kwGiven > 0 {
            return typeError("\(fn.qualname)() takes \(takes) but \(givenText) were given")
        }
        return typeError("\(fn.qualname)() takes \(takes) but \(given) \(verb) given")
    }

    // MARK: function objects

    /// `makeFunction`: `[defaults] [kwdefaults] [annotations] [closure] code qualname`.
    func makeFunction(_ f: Frame, _ flags: Int32) throws {
        let qualname = (f.pop().object as! PyStr).value
        let code = (f.pop().object as! PyCodeValue).code
        var closure: [PyCell] = []
        var annotations: PyDict?
        var kwDefaults: PyDict?
        var defaults: [Value] = []
        if flags & 8 != 0 { closure = (f.pop().object as! PyTuple).items.map { $0.object as! PyCell } }
        if flags & 4 != 0 { annotations = f.pop().object as? PyDict }
        if flags & 2 != 0 { kwDefaults = f.pop().object as? PyDict }
        if flags & 1 != 0 { defaults = (f.pop().object as! PyTuple).items }
        let module = f.globals.getStr("__name__") ?? .none
        let fn = PyFunction(code: code, table: constants(for: code), globals: f.globals, qualname: qualname, defaults: defaults,
                            kwDefaults: kwDefaults, closure: closure, module: module)
        fn.annotations = annotations
        f.push(.obj(fn))
    }
}
