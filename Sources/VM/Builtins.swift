import Compiler
import BigInt
import Formatting

/// The builtins namespace: functions here, type constructors in `Builtins+Types.swift`,
/// iteration helpers in `Builtins+Iteration.swift`.
extension VM {
    func def(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        builtins.setStr(name, .obj(PyNativeFunction(name: name, body: body)))
    }

    /// TypeError unless exactly `n` positional arguments (CPython's wording for builtins).
    func expectArgs(_ name: String, _ a: Args, _ n: Int) throws {
        if a.count != n {
            if n == 1 { throw typeError("\(name)() takes exactly one argument (\(a.count) given)") }
            throw typeError("\(name) expected \(n) arguments, got \(a.count)")
        }
    }

    func expectRange(_ name: String, _ a: Args, _ lo: Int, _ hi: Int) throws {
        if a.count < lo {
            throw typeError("\(name) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(a.count)")
        }
        if a.count > hi {
            throw typeError("\(name) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(a.count)")
        }
    }

    func installBuiltins() {
        for e in ExceptionTypes.all { builtins.setStr(e.name, .obj(e)) }
        // OSError's old names are the same class (`IOError is OSError`).
        builtins.setStr("EnvironmentError", .obj(ExceptionTypes.osError))
        builtins.setStr("IOError", .obj(ExceptionTypes.osError))
        builtins.setStr("__debug__", .bool(true))
        builtins.setStr("None", .none)
        builtins.setStr("True", .bool(true))
        builtins.setStr("False", .bool(false))
        builtins.setStr("NotImplemented", .obj(BuiltinTypes.notImplemented))
        builtins.setStr("Ellipsis", .obj(BuiltinTypes.ellipsis))
        builtins.setStr("__name__", .string("builtins"))
        installTypeConstructors()
        installIterationBuiltins()
        installAsyncIterationBuiltins()

        def("__build_class__") { vm, a in try vm.buildClass(a) }
        def("print") { vm, a in try vm.builtinPrint(a) }
        def("len") { vm, a in
            try vm.expectArgs("len", a, 1)
            return .int(try vm.length(a[0]))
        }
        def("repr") { vm, a in
            try vm.expectArgs("repr", a, 1)
            if case .obj(let o) = a[0], !o.cls.isBuiltin { return .string(try vm.repr(a[0])) }
            // PyObject_Repr counts toward the recursion limit (user __repr__ counts in callRepr).
            try vm.enterDepth(" while getting the repr of an object")
            defer { vm.depth -= 1 }
            return .string(try vm.repr(a[0]))
        }
        def("ascii") { vm, a in
            try vm.expectArgs("ascii", a, 1)
            return .string(pythonASCII(fromRepr: try vm.repr(a[0])))
        }
        def("isinstance") { vm, a in
            try vm.expectArgs("isinstance", a, 2)
            return .bool(try vm.isInstance(a[0], a[1]))
        }
        def("issubclass") { vm, a in
            try vm.expectArgs("issubclass", a, 2)
            guard case .obj(let o) = a[0], let c = o as? PyClass else {
                throw vm.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try vm.isSubclass(c, a[1]))
        }
        def("callable") { vm, a in
            try vm.expectArgs("callable", a, 1)
            return .bool(vm.isCallable(a[0]))
        }
        def("hash") { vm, a in
            try vm.expectArgs("hash", a, 1)
            return .int(try vm.hash(a[0]))
        }
        def("id") { vm, a in
            try vm.expectArgs("id", a, 1)
            if let o = a[0].object { return .int(Int(bitPattern: VM.identity(o))) }
            return .int(try vm.hash(a[0]) &* 16 &+ 94_000_000_000_000)
        }
        def("abs") { vm, a in
            try vm.expectArgs("abs", a, 1)
            switch a[0] {
            case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(abs(d))
            case .obj(let o) where o.kind == .bigint:
                return .bigint(BigInt(unsafeDowncast(o, to: PyBigInt.self).value.magnitude))
            default:
                if let m = try vm.lookupMethodOptional(a[0], "__abs__") { return try vm.call(m, []) }
                throw vm.typeError("bad operand type for abs(): '\(vm.typeName(a[0]))'")
            }
        }
        def("divmod") { vm, a in
            try vm.expectArgs("divmod", a, 2)
            if vm.asNum(a[0]) != nil, let d = vm.asNum(a[1]) {
                if (d.isFloat || vm.asNum(a[0])!.isFloat), (try? vm.toDouble(d)) == 0 { throw vm.zeroDivision("float divmod()") }
                let q = try vm.binaryOp(.floordiv, a[0], a[1])
                let r = try vm.binaryOp(.mod, a[0], a[1])
                return .obj(PyTuple([q, r]))
            }
            if let m = try vm.lookupMethodOptional(a[0], "__divmod__") { return try vm.call(m, [a[1]]) }
            throw vm.typeError("unsupported operand type(s) for divmod(): '\(vm.typeName(a[0]))' and '\(vm.typeName(a[1]))'")
        }
        def("pow") { vm, a in
            try vm.expectRange("pow", a, 2, 3)
            var args = a.positional
            if let m = a.keyword("mod") { args.append(m) }
            if args.count == 3 && !args[2].isNone {
                guard case .some(let b) = vm.asNum(args[0]), case .some(let e) = vm.asNum(args[1]), case .some(let m) = vm.asNum(args[2]),
                      !(b.isFloat || e.isFloat || m.isFloat) else {
                    throw vm.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                let mb = vm.big(m)
                if mb.isZero { throw vm.valueError("pow() 3rd argument cannot be 0") }
                var eb = vm.big(e)
                var bb = vm.big(b)
                if eb.sign == .minus {
                    guard let inv = bb.inverse(mb) else { throw vm.valueError("base is not invertible for the given modulus") }
                    bb = inv
                    eb = -eb
                }
                var r = bb.power(eb, modulus: mb)
                if !r.isZero && (r.sign == .minus) != (mb.sign == .minus) { r += mb }
                return .bigint(r)
            }
            return try vm.binaryOp(.pow, args[0], args[1])
        }
        def("round") { vm, a in try vm.builtinRound(a) }
        def("chr") { vm, a in
            try vm.expectArgs("chr", a, 1)
            guard case .int(let i) = a[0] else {
                if case .bool(let b) = a[0] { return .string(b ? "\u{1}" : "\u{0}") }
                throw vm.typeError("'\(vm.typeName(a[0]))' object cannot be interpreted as an integer")
            }
            guard i >= 0 && i <= 0x10ffff else { throw vm.valueError("chr() arg not in range(0x110000)") }
            guard let u = Unicode.Scalar(UInt32(i)) else { return SurrogateText.make([UInt32(i)]) }
            return .string(String(u))
        }
        def("ord") { vm, a in
            try vm.expectArgs("ord", a, 1)
            if case .str(let s) = a[0] {
                if let cps = s.codePoints {
                    guard cps.count == 1 else {
                        throw vm.typeError("ord() expected a character, but string of length \(cps.count) found")
                    }
                    return .int(Int(cps[0]))
                }
                let sc = s.scalars
                guard sc.count == 1 else {
                    throw vm.typeError("ord() expected a character, but string of length \(sc.count) found")
                }
                return .int(Int(sc[0].value))
            }
            if case .obj(let o) = a[0], o.kind == .bytes {
                let b = unsafeDowncast(o, to: PyBytes.self).bytes
                guard b.count == 1 else { throw vm.typeError("ord() expected a character, but string of length \(b.count) found") }
                return .int(Int(b[0]))
            }
            throw vm.typeError("ord() expected string of length 1, but \(vm.typeName(a[0])) found")
        }
        def("hex") { vm, a in try vm.expectArgs("hex", a, 1); return .string(pythonHex(try vm.indexBig(a[0]))) }
        def("oct") { vm, a in try vm.expectArgs("oct", a, 1); return .string(pythonOct(try vm.indexBig(a[0]))) }
        def("bin") { vm, a in try vm.expectArgs("bin", a, 1); return .string(pythonBin(try vm.indexBig(a[0]))) }
        def("format") { vm, a in
            try vm.expectRange("format", a, 1, 2)
            var spec = ""
            if a.count == 2 {
                guard case .str(let s) = a[1] else {
                    throw vm.typeError("format() argument 2 must be str, not \(vm.typeName(a[1]))")
                }
                spec = s.value
            }
            do {
                if !SurrogateText.seen { return .string(try vm.format(a[0], spec)) }
            } catch let e as PyException where SurrogateText.needsShadow(e) {}
            return try SurrogateText.binary(vm, a[0], a.count == 2 ? a[1] : .none) { x, y in
                .string(try vm.format(x, a.count == 2 ? TypeMethods.s(y) : ""))
            }
        }
        def("getattr") { vm, a in
            try vm.expectRange("getattr", a, 2, 3)
            guard case .str(let name) = a[1] else { throw vm.typeError("attribute name must be string, not '\(vm.typeName(a[1]))'") }
            if a.count == 3 {
                do { return try vm.getAttr(a[0], name.value) } catch let e as PyException where e.isInstance(of: ExceptionTypes.attributeError) {
                    return a[2]
                }
            }
            return try vm.getAttr(a[0], name.value)
        }
        def("setattr") { vm, a in
            try vm.expectArgs("setattr", a, 3)
            guard case .str(let name) = a[1] else { throw vm.typeError("attribute name must be string, not '\(vm.typeName(a[1]))'") }
            try vm.setAttr(a[0], name.value, a[2])
            return .none
        }
        def("delattr") { vm, a in
            try vm.expectArgs("delattr", a, 2)
            guard case .str(let name) = a[1] else { throw vm.typeError("attribute name must be string, not '\(vm.typeName(a[1]))'") }
            try vm.deleteAttr(a[0], name.value)
            return .none
        }
        def("hasattr") { vm, a in
            try vm.expectArgs("hasattr", a, 2)
            guard case .str(let name) = a[1] else { throw vm.typeError("attribute name must be string, not '\(vm.typeName(a[1]))'") }
            return .bool(try vm.hasAttribute(a[0], name.value))
        }
        def("iter") { vm, a in
            try vm.expectRange("iter", a, 1, 2)
            if a.count == 2 {
                let fn = a[0], sentinel = a[1]
                return .obj(PyIterator(.closure({ [unowned vm] in
                    let v = try vm.call(fn, [])
                    return try vm.equals(v, sentinel) ? nil : v
                }), cls: BuiltinTypes.callableIterator))
            }
            return try vm.getIter(a[0])
        }
        def("next") { vm, a in
            try vm.expectRange("next", a, 1, 2)
            if case .obj(let o) = a[0], o.kind == .generator, let g = o as? PyGenerator, g.flavor == .generator {
                // A finished generator raises a bare StopIteration; one returning now carries
                // its return value (gen_iternext sets StopIteration(value) for a non-None value).
                guard g.frame != nil else {
                    if a.count == 2 { return a[1] }
                    throw vm.stopIteration()
                }
                switch try vm.resumeGenerator(g, sending: .none) {
                case .yielded(let v): return v
                case .returned(let r):
                    if a.count == 2 { return a[1] }
                    throw vm.stopIteration(r)
                }
            }
            guard vm.isIterator(a[0]) else { throw vm.typeError("'\(vm.typeName(a[0]))' object is not an iterator") }
            if a.count == 2 {
                return try vm.next(a[0]) ?? a[1]
            }
            if case .obj(let o) = a[0], o.kind == .iterator {
                if let v = try vm.iteratorNext(unsafeDowncast(o, to: PyIterator.self)) { return v }
                throw vm.stopIteration()
            }
            let m = try vm.lookupMethodOptional(a[0], "__next__")!
            return try vm.call(m, [])
        }
        def("vars") { vm, a in
            try vm.expectArgs("vars", a, 1)
            if let o = a[0].object, let d = o.attributes, o.kind != .instance || o.cls.instanceSlots == nil { return .obj(d) }
            throw vm.typeError("vars() argument must have __dict__ attribute")
        }
        def("globals") { vm, _ in .obj(vm.current?.globals ?? PyDict()) }
        def("locals") { vm, _ in
            guard let f = vm.current else { return .obj(PyDict()) }
            if let ns = f.namespace { return .obj(ns) }
            let d = PyDict()
            for (i, n) in f.code.varnames.enumerated() where !f.slots[i].isNull { d.setStr(n, f.slots[i]) }
            return .obj(d)
        }
        def("super") { vm, a in try vm.makeSuper(a) }
        for name in ["input", "open", "exec", "eval", "compile", "__import__", "breakpoint", "help", "memoryview", "bytearray", "complex",
                     "dir", "copyright", "credits", "license"] {
            def(name) { _, _ in throw LooplabStop("\(name)() is not supported in lessons (lessons run in a sandbox)") }
        }
        for name in ["repr", "len", "abs", "ascii", "callable", "chr", "hash", "hex", "id", "oct", "ord", "bin",
                     "any", "all", "min", "max", "vars", "dir"] {
            (builtins.getStr(name)?.object as? PyNativeFunction)?.countsDepth = true
        }
        def("exit") { vm, a in throw PyException(cls: ExceptionTypes.systemExit, args: a.positional) }
        def("quit") { vm, a in throw PyException(cls: ExceptionTypes.systemExit, args: a.positional) }
    }

    func isIterator(_ v: Value) -> Bool {
        if case .obj(let o) = v {
            if o.kind == .iterator { return true }
            if o.kind == .generator { return (o as! PyGenerator).flavor == .generator }
            return o.cls.lookup("__next__") != nil
        }
        return false
    }

    func isCallable(_ v: Value) -> Bool {
        guard case .obj(let o) = v else { return false }
        switch o.kind {
        case .function, .boundMethod, .nativeFunction, .cls: return true
        default: return o.cls.lookup("__call__") != nil
        }
    }

    func isInstance(_ v: Value, _ c: Value) throws -> Bool {
        switch c {
        case .obj(let o) where o.kind == .cls:
            return typeOf(v).isSubclass(of: unsafeDowncast(o, to: PyClass.self))
        case .obj(let o) where o.kind == .tuple:
            for x in unsafeDowncast(o, to: PyTuple.self).items where try isInstance(v, x) { return true }
            return false
        default:
            throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    func isSubclass(_ c: PyClass, _ target: Value) throws -> Bool {
        switch target {
        case .obj(let o) where o.kind == .cls: return c.isSubclass(of: unsafeDowncast(o, to: PyClass.self))
        case .obj(let o) where o.kind == .tuple:
            for x in unsafeDowncast(o, to: PyTuple.self).items where try isSubclass(c, x) { return true }
            return false
        default:
            throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
    }

    /// An int operand for hex/oct/bin and friends.
    func indexBig(_ v: Value) throws -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .obj(let o) where o.kind == .bigint: return unsafeDowncast(o, to: PyBigInt.self).value
        default:
            if let m = try lookupMethodOptional(v, "__index__"), !typeOf(v).isBuiltin {
                let r = try call(m, [])
                if let n = asNum(r), !n.isFloat { return big(n) }
            }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    func builtinPrint(_ a: Args) throws -> Value {
        var sep = " ", end = "\n"
        var toStderr = false
        var flush = false
        for (k, v) in a.keywords {
            switch k {
            case "sep":
                if case .str(let s) = v { sep = s.value } else if !v.isNone { throw typeError("sep must be None or a string, not \(typeName(v))") }
            case "end":
                if case .str(let s) = v { end = s.value } else if !v.isNone { throw typeError("end must be None or a string, not \(typeName(v))") }
            case "file":
                if case .obj(let o) = v, let stream = o as? PyStream { toStderr = stream.isStderr } else if !v.isNone {
                    throw LooplabStop("print(file=...) to anything but sys.stdout or sys.stderr is not supported in lessons")
                }
            case "flush": flush = try isTrue(v)
            default: throw typeError("'\(k)' is an invalid keyword argument for print()")
            }
        }
        let stream = toStderr ? stderr : stdout
        if SurrogateText.seen {
            try printWithSurrogates(a, stream, toStderr: toStderr)
            if flush { stream.flush() }
            return .none
        }
        var out = ""
        for (i, v) in a.positional.enumerated() {
            if i > 0 { out += sep }
            out += try str(v)
        }
        out += end
        stream.write(out)
        if flush { stream.flush() }
        return .none
    }

    /// print() once a str with lone surrogates exists: CPython's TextIOWrapper encodes each
    /// piece print writes (each item, sep, end) on its own, so the pieces before the one with a
    /// surrogate are written and that one raises UnicodeEncodeError at its own position.
    /// sys.stderr writes them backslash-escaped instead.
    private func printWithSurrogates(_ a: Args, _ stream: OutputBuffer, toStderr: Bool) throws {
        func piece(_ v: Value) throws -> PyStr { if case .str(let s) = v { return s }; return PyStr(try str(v)) }
        let sep = a.keyword("sep").flatMap { v -> PyStr? in if case .str(let s) = v { return s }; return nil } ?? PyStr(" ")
        let end = a.keyword("end").flatMap { v -> PyStr? in if case .str(let s) = v { return s }; return nil } ?? PyStr("\n")
        var out = ""
        func write(_ s: PyStr) throws {
            if toStderr, s.codePoints != nil {
                // sys.stderr's error handler is 'backslashreplace'.
                out += SurrogateText.backslashReplaced(s)
                return
            }
            if let cps = s.codePoints, let i = cps.firstIndex(where: SurrogateText.isSurrogate) {
                stream.write(out)
                throw unicodeEncodeError("utf-8", .str(s), i, SurrogateText.runEnd(cps, from: i), "surrogates not allowed")
            }
            out += s.value
        }
        for (i, v) in a.positional.enumerated() {
            if i > 0 { try write(sep) }
            try write(try piece(v))
        }
        try write(end)
        stream.write(out)
    }

    func builtinRound(_ a: Args) throws -> Value {
        try expectRange("round", a, 1, 2)
        let x = a[0]
        let nd: Value = a.count > 1 ? a[1] : (a.keyword("ndigits") ?? .none)
        switch x {
        case .float(let d):
            if nd.isNone { return .bigint(try py { try pythonFloatRoundToInt(d) }) }
            let n = try indexBig(nd)
            return .float(try py { try pythonFloatRound(d, ndigits: Int(clamping: n)) })
        case .int, .bool, .obj(_) where asNum(x) != nil:
            if nd.isNone { return try unaryOp(.pos, x) }
            let n = try indexBig(nd)
            if n.sign != .minus { return try unaryOp(.pos, x) }
            // Round to a multiple of 10**-n, half to even.
            let v = big(asNum(x)!)
            let p = BigInt(10).power(Int(clamping: -n))
            let (q, r) = floorDivMod(v, p)
            var result = q
            let twice = r * 2
            if twice > p || (twice == p && q.magnitude.words.first.map { $0 & 1 == 1 } ?? false) { result += 1 }
            return .bigint(result * p)
        default:
            if let m = try lookupMethodOptional(x, "__round__") {
                return try call(m, nd.isNone ? [] : [nd])
            }
            throw typeError("type \(typeName(x)) doesn't define __round__ method")
        }
    }
}

extension Num {
    var isFloat: Bool { if case .float = self { return true }; return false }
}

/// `sys.stdout` / `sys.stderr` as values (only usable with `print(file=...)` and `.write`).
public final class PyStream: PyObject {
    let isStderr: Bool
    init(stderr: Bool) {
        isStderr = stderr
        super.init(cls: PyStream.type, kind: .other)
    }

    /// `_io.TextIOWrapper` as far as lessons use it: `write(str)` returns the number of code
    /// points written, `flush()`; the repr CPython shows for the console streams.
    static let type: PyClass = {
        let c = PyClass(name: "TextIOWrapper", base: BuiltinTypes.object, isBuiltin: true, module: "_io")
        TypeMethods.method(c, "write") { vm, v, a in
            try vm.expectArgs("write", a, 1)
            guard case .str(let s) = a[0] else {
                throw vm.typeError("write() argument must be str, not \(vm.typeName(a[0]))")
            }
            let stream = v.object as! PyStream
            (stream.isStderr ? vm.stderr : vm.stdout).write(s.value)
            return .int(try vm.length(a[0]))
        }
        TypeMethods.method(c, "flush") { vm, v, _ in
            (((v.object as! PyStream).isStderr) ? vm.stderr : vm.stdout).flush()
            return .none
        }
        TypeMethods.method(c, "__repr__") { _, v, _ in
            let name = (v.object as! PyStream).isStderr ? "<stderr>" : "<stdout>"
            return .string("<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>")
        }
        return c
    }()
}
