import Compiler
/// Variable access that needs more than a slot read: namespaces, globals, cells.
extension VM {
    func unboundLocal(_ f: Frame, _ i: Int) -> PyException {
        let name = f.code.varnames[i]
        let e = newException(ExceptionTypes.unboundLocalError,
                             "cannot access local variable '\(name)' where it is not associated with a value")
        e.dict.setStr("name", .string(name))
        return e
    }

    func loadDeref(_ f: Frame, _ i: Int) throws -> Value {
        let v = f.cells[i].value
        if v.isNull {
            let ncell = f.code.cellvars.count
            if i < ncell {
                let name = f.code.cellvars[i]
                let e = newException(ExceptionTypes.unboundLocalError,
                                     "cannot access local variable '\(name)' where it is not associated with a value")
                e.dict.setStr("name", .string(name))
                throw e
            }
            let name = f.code.freevars[i - ncell]
            let e = newException(ExceptionTypes.nameError,
                                 "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
            e.dict.setStr("name", .string(name))
            throw e
        }
        return v
    }

    func loadClassDeref(_ f: Frame, _ i: Int) throws -> Value {
        let ncell = f.code.cellvars.count
        let name = i < ncell ? f.code.cellvars[i] : f.code.freevars[i - ncell]
        if let ns = f.namespace, let v = ns.getStr(name) { return v }
        return try loadDeref(f, i)
    }

    @inline(__always)
    func loadName(_ f: Frame, _ i: Int) throws -> Value {
        let name = f.code.names[i]
        if let ns = f.namespace, let v = ns.getStr(name) { return v }
        if let v = f.globals.getStr(name) { return v }
        if let v = builtins.getStr(name) { return v }
        throw nameError(name)
    }

    @inline(__always)
    func loadGlobal(_ f: Frame, _ i: Int) throws -> Value {
        let name = f.code.names[i]
        if let v = f.globals.getStr(name) { return v }
        if let v = builtins.getStr(name) { return v }
        throw nameError(name)
    }

    func storeName(_ f: Frame, _ i: Int, _ v: Value) throws {
        (f.namespace ?? f.globals).setStr(f.code.names[i], v)
    }

    func deleteName(_ f: Frame, _ i: Int) throws {
        let name = f.code.names[i]
        if (f.namespace ?? f.globals).removeStr(name) == nil { throw nameError(name) }
    }

    func setupAnnotations(_ f: Frame) throws {
        let ns = f.namespace ?? f.globals
        if ns.getStr("__annotations__") == nil { ns.setStr("__annotations__", .obj(PyDict())) }
    }
}
