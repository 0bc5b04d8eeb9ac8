import Compiler
/// Creating the exceptions the VM itself raises, and type helpers used in their messages.
extension VM {
    /// The Python type of a value.
    @inline(__always)
    public func typeOf(_ v: Value) -> PyClass {
        switch v {
        case .none: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .str(let s): return s.cls
        case .obj(let o): return o.cls
        case .null: return BuiltinTypes.noneType
        }
    }

    /// `type(v).__name__`, as used in error messages.
    public func typeName(_ v: Value) -> String { typeOf(v).name }

    public func newException(_ cls: PyClass, _ message: String? = nil) -> PyException {
        PyException(cls: cls, args: message.map { [.string($0)] } ?? [])
    }

    public func typeError(_ m: String) -> PyException { newException(ExceptionTypes.typeError, m) }
    public func valueError(_ m: String) -> PyException { newException(ExceptionTypes.valueError, m) }
    public func indexError(_ m: String) -> PyException { newException(ExceptionTypes.indexError, m) }
    public func runtimeError(_ m: String) -> PyException { newException(ExceptionTypes.runtimeError, m) }
    public func overflowError(_ m: String) -> PyException { newException(ExceptionTypes.overflowError, m) }
    public func zeroDivision(_ m: String) -> PyException { newException(ExceptionTypes.zeroDivisionError, m) }
    public func memoryError() -> PyException { newException(ExceptionTypes.memoryError) }
    public func notImplementedError(_ m: String) -> PyException { newException(ExceptionTypes.notImplementedError, m) }

    public func keyError(_ key: Value) -> PyException {
        PyException(cls: ExceptionTypes.keyError, args: [key])
    }

    public func nameError(_ name: String) -> PyException {
        let e = newException(ExceptionTypes.nameError, "name '\(name)' is not defined")
        e.dict.setStr("name", .string(name))
        return e
    }

    public func attributeError(_ v: Value, _ name: String) -> PyException {
        let msg: String
        if case .obj(let o) = v, o.kind == .module, let m = o as? PyModule {
            msg = "module '\(m.name)' has no attribute '\(name)'"
        } else if case .obj(let o) = v, o.kind == .cls, let c = o as? PyClass {
            msg = "type object '\(c.name)' has no attribute '\(name)'"
        } else {
            msg = "'\(typeName(v))' object has no attribute '\(name)'"
        }
        let e = newException(ExceptionTypes.attributeError, msg)
        e.dict.setStr("name", .string(name))
        e.dict.setStr("obj", v)
        return e
    }

    public func stopIteration(_ value: Value = .none) -> PyException {
        PyException(cls: ExceptionTypes.stopIteration, args: value.isNone ? [] : [value])
    }

    /// RecursionError with CPython's message (`suffix` such as " while calling a Python object").
    public func recursionError(_ suffix: String = "") -> PyException {
        newException(ExceptionTypes.recursionError, "maximum recursion depth exceeded" + suffix)
    }
}
