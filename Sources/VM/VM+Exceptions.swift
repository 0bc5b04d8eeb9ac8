import Compiler
/// Raising and matching exceptions, `with` statements, and exception groups.
extension VM {
    /// `raise`, `raise exc`, `raise exc from cause`.
    func raise(_ f: Frame, _ n: Int) throws {
        if n == 0 {
            var fr: Frame? = f
            while let x = fr {
                if let h = x.handled {
                    reraising = true
                    h.needsContext = false
                    throw h
                }
                fr = x.back
            }
            throw runtimeError("No active exception to reraise")
        }
        let cause: Value? = n == 2 ? f.pop() : nil
        let exc = try makeException(f.pop())
        if let c = cause {
            if c.isNone {
                exc.cause = nil
            } else {
                let ce = try makeException(c, forCause: true)
                exc.cause = ce
            }
            exc.suppressContext = true
        }
        exc.needsContext = true
        throw exc
    }

    /// An exception instance from `raise X`: an instance as is, a class instantiated.
    func makeException(_ v: Value, forCause: Bool = false) throws -> PyException {
        if case .obj(let o) = v {
            if o.kind == .exception { return unsafeDowncast(o, to: PyException.self) }
            if o.kind == .cls, unsafeDowncast(o, to: PyClass.self).isException {
                let r = try call(v, [])
                if let e = r.object as? PyException { return e }
                throw typeError("calling \(try repr(v)) should have returned an instance of BaseException, not \(typeName(r))")
            }
        }
        if forCause { throw typeError("exception causes must derive from BaseException") }
        throw typeError("exceptions must derive from BaseException")
    }

    /// `except T:` matching; T may be a class or a tuple of classes.
    func exceptionMatches(_ exc: Value, _ t: Value) throws -> Bool {
        guard let e = exc.object as? PyException else { return false }
        switch t {
        case .obj(let o) where o.kind == .cls:
            let c = unsafeDowncast(o, to: PyClass.self)
            guard c.isException else {
                throw typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return e.cls.isSubclass(of: c)
        case .obj(let o) where o.kind == .tuple:
            for item in unsafeDowncast(o, to: PyTuple.self).items where try exceptionMatches(exc, item) { return true }
            return false
        default:
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    // MARK: with

    /// The context-manager method names as str objects that live for the whole process: the
    /// type attribute cache keys on their addresses.
    /// Their hashes are set here, once, so no lookup ever writes to these shared objects.
    enum SpecialNames {
        static let enter = name("__enter__")
        static let exit = name("__exit__")
        static let aenter = name("__aenter__")
        static let aexit = name("__aexit__")
        static func name(_ s: String) -> PyStr {
            let o = PyStr(s)
            o.cachedHash = PyHash.string(s)
            return o
        }
    }

    func beforeWith(_ f: Frame) throws {
        let mgr = f.pop()
        guard let enter = try lookupSpecialOptional(mgr, SpecialNames.enter) else {
            throw typeError("'\(typeName(mgr))' object does not support the context manager protocol")
        }
        guard let exit = try lookupSpecialOptional(mgr, SpecialNames.exit) else {
            throw typeError("'\(typeName(mgr))' object does not support the context manager protocol (missed __exit__ method)")
        }
        f.push(exit)
        f.push(try call(enter, []))
    }

    func beforeAsyncWith(_ f: Frame) throws {
        let mgr = f.pop()
        guard let enter = try lookupSpecialOptional(mgr, SpecialNames.aenter) else {
            throw typeError("'\(typeName(mgr))' object does not support the asynchronous context manager protocol")
        }
        guard let exit = try lookupSpecialOptional(mgr, SpecialNames.aexit) else {
            throw typeError("'\(typeName(mgr))' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        f.push(exit)
        f.push(try call(enter, []))
    }

    /// `exit prev exc -- exit prev exc result`: calls `exit(type(exc), exc, tb)`.
    func withExceptStart(_ f: Frame) throws -> Value {
        let exc = f.peek(0)
        let exit = f.peek(2)
        let e = exc.object as! PyException
        return try call(exit, [.obj(e.cls), exc, e.traceback.map { .obj($0) } ?? .none])
    }

    // MARK: except*

    /// `rest type -- rest' match|None`.
    func checkEgMatch(_ f: Frame) throws {
        let type = f.pop()
        let rest = f.pop()
        guard case .obj(let ro) = rest, let e = ro as? PyException else {
            f.push(rest); f.push(.none); return
        }
        if try exceptionMatches(rest, type) {
            // A naked exception matching: wrap it in a group (CPython does for except*).
            if e.isInstance(of: ExceptionTypes.baseExceptionGroup) {
                f.push(.none); f.push(rest); return
            }
            let g = PyException(cls: ExceptionTypes.exceptionGroup, args: [.string(""), .obj(PyTuple([rest]))])
            g.groupExceptions = [e]
            g.traceback = PyTraceback(code: f.code, instruction: max(f.ip - 1, 0), next: nil)
            f.handled = g
            f.push(.none); f.push(.obj(g)); return
        }
        guard e.isInstance(of: ExceptionTypes.baseExceptionGroup) else {
            f.push(rest); f.push(.none); return
        }
        let (match, remainder) = try splitGroup(e, type)
        // The clause handles its match: a bare `raise` in it re-raises the match, and what
        // it raises gets the match as context (CPython's CHECK_EG_MATCH sets exc_info).
        if let match { f.handled = match }
        f.push(remainder.map { .obj($0) } ?? .none)
        f.push(match.map { .obj($0) } ?? .none)
    }

    func splitGroup(_ g: PyException, _ type: Value) throws -> (PyException?, PyException?) {
        try splitGroup(g) { try exceptionMatches(.obj($0), type) }
    }

    /// BaseExceptionGroup.split with a condition on the leaf exceptions: the matching and the
    /// other leaves, each in a group of the original shape (`derive` keeps the message and
    /// copies traceback, cause, context and notes), or nil when empty.
    func splitGroup(_ g: PyException, leaf matches: (PyException) throws -> Bool) throws -> (PyException?, PyException?) {
        var matched: [PyException] = [], rest: [PyException] = []
        for sub in g.groupExceptions {
            if sub.isInstance(of: ExceptionTypes.baseExceptionGroup) {
                let (m, r) = try splitGroup(sub, leaf: matches)
                if let m = m { matched.append(m) }
                if let r = r { rest.append(r) }
            } else if try matches(sub) {
                matched.append(sub)
            } else {
                rest.append(sub)
            }
        }
        func derive(_ items: [PyException]) -> PyException? {
            if items.isEmpty { return nil }
            if items.count == g.groupExceptions.count && zip(items, g.groupExceptions).allSatisfy({ $0 === $1 }) { return g }
            let n = newExceptionGroup(g.args.first ?? .string(""), items)
            n.traceback = g.traceback
            n.cause = g.cause
            n.context = g.context
            n.notes = g.notes
            return n
        }
        return (derive(matched), derive(rest))
    }

    /// `eg.split(matcher)` / `eg.subgroup(matcher)` (exceptiongroup_split_recursive in
    /// Objects/exceptions.c): the matcher is an exception type, a tuple of them, or a predicate
    /// called on every group and leaf; a group that matches as a whole is taken as it is, and
    /// partial results are built by the original's `derive` with its traceback, cause,
    /// context and notes copied.
    func splitGroupMethod(_ g: PyException, _ matcher: Value, constructRest: Bool) throws -> (PyException?, PyException?) {
        let matches: (PyException) throws -> Bool
        if isCallable(matcher), !(matcher.object is PyClass) {
            matches = { [unowned self] in try isTrue(call(matcher, [.obj($0)])) }
        } else if isExceptionClassOrTuple(matcher) {
            matches = { [unowned self] in try exceptionMatches(.obj($0), matcher) }
        } else {
            throw typeError("expected a function, exception type or tuple of exception types")
        }
        func split(_ e: PyException) throws -> (PyException?, PyException?) {
            if try matches(e) { return (e, nil) }
            guard e.isInstance(of: ExceptionTypes.baseExceptionGroup) else { return (nil, constructRest ? e : nil) }
            var matched: [PyException] = [], rest: [PyException] = []
            for sub in e.groupExceptions {
                let (m, r) = try split(sub)
                if let m { matched.append(m) }
                if let r { rest.append(r) }
            }
            return (try subset(e, matched), constructRest ? try subset(e, rest) : nil)
        }
        func subset(_ orig: PyException, _ items: [PyException]) throws -> PyException? {
            if items.isEmpty { return nil }
            let derive = try getAttr(.obj(orig), "derive")
            let derived = try call(derive, [.obj(PyList(items.map { .obj($0) }))])
            guard let n = derived.object as? PyException, n.isInstance(of: ExceptionTypes.baseExceptionGroup) else {
                throw typeError("derive must return an instance of BaseExceptionGroup")
            }
            n.traceback = orig.traceback
            n.cause = orig.cause
            n.context = orig.context
            n.notes = orig.notes
            return n
        }
        return try split(g)
    }

    /// An exception class, or a tuple whose items all are (what `except` accepts).
    func isExceptionClassOrTuple(_ v: Value) -> Bool {
        if let c = v.object as? PyClass { return c.isException }
        if let t = v.object as? PyTuple { return t.items.allSatisfy { ($0.object as? PyClass)?.isException ?? false } }
        return false
    }

    /// `BaseExceptionGroup(message, [excs])`: an ExceptionGroup when every member is an Exception.
    func newExceptionGroup(_ message: Value, _ excs: [PyException]) -> PyException {
        let onlyExceptions = excs.allSatisfy { $0.isInstance(of: ExceptionTypes.exception) }
        let g = PyException(cls: onlyExceptions ? ExceptionTypes.exceptionGroup : ExceptionTypes.baseExceptionGroup,
                            args: [message, .obj(PyList(excs.map { .obj($0) }))])
        g.groupExceptions = excs
        return g
    }

    /// `orig list -- result`: what to re-raise after the except* clauses (CPython's
    /// _PyExc_PrepReraiseStar). Clauses that re-raised their match (same traceback, cause,
    /// context and notes as the original) put those leaves back in the original group's
    /// shape; exceptions the clauses raised anew are grouped with it in ExceptionGroup("", …).
    func prepReraiseStar(_ f: Frame) throws {
        let list = (f.pop().object as! PyList).items
        let origValue = f.pop()
        let excs = list.compactMap { $0.object as? PyException }
        if excs.isEmpty { f.push(.none); return }
        guard let orig = origValue.object as? PyException, orig.isInstance(of: ExceptionTypes.baseExceptionGroup) else {
            // A naked exception was wrapped: at most one clause ran.
            f.push(.obj(excs[0])); return
        }
        var raised: [PyException] = [], reraised: [PyException] = []
        for e in excs {
            let same = e.traceback === orig.traceback && e.cause === orig.cause
                && e.context === orig.context && e.notes == orig.notes
            if same { reraised.append(e) } else { raised.append(e) }
        }
        var keep = Set<ObjectIdentifier>()
        func collectLeaves(_ e: PyException) {
            if e.isInstance(of: ExceptionTypes.baseExceptionGroup) {
                e.groupExceptions.forEach(collectLeaves)
            } else {
                keep.insert(ObjectIdentifier(e))
            }
        }
        reraised.forEach(collectLeaves)
        let reraisedGroup = keep.isEmpty ? nil : try splitGroup(orig) { keep.contains(ObjectIdentifier($0)) }.0
        reraisedGroup?.needsContext = false
        if raised.isEmpty {
            f.push(reraisedGroup.map { .obj($0) } ?? .none)
            return
        }
        if let reraisedGroup { raised.append(reraisedGroup) }
        if raised.count == 1 { f.push(.obj(raised[0])); return }
        // Re-raised as is: the new group gets no __context__ (RERAISE does not set one).
        let group = newExceptionGroup(.string(""), raised)
        group.needsContext = false
        f.push(.obj(group))
    }
}
