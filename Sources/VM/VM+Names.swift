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
        // Module level: the namespace is the globals, so the global cache applies.
        if f.namespace === f.globals { return try loadGlobal(f, i) }
        let name = f.names[i]
        if let ns = f.namespace, let v = ns.getStr(name) { return v }
        if let v = f.globals.getStr(name) { return v }
        if let v = builtins.getStr(name) { return v }
        throw nameError(name.value)
    }

    /// Reads a global through the instruction's `NameCache` (f.ip is past the instruction).
    @inline(__always)
    func loadGlobal(_ f: Frame, _ i: Int) throws -> Value {
        let c = f.nameCaches[f.ip - 1]
        if c.globalsVersion == f.globals.layoutVersion {
            if c.builtinsVersion == 0 { return f.globals.value(at: c.entry) }
            if c.builtinsVersion == builtins.layoutVersion { return builtins.value(at: c.entry) }
        }
        return try loadGlobalMiss(f, i)
    }

    func loadGlobalMiss(_ f: Frame, _ i: Int) throws -> Value {
        let name = f.names[i]
        if let e = f.globals.position(ofStr: name) {
            f.nameCaches[f.ip - 1] = NameCache(globalsVersion: f.globals.layoutVersion, builtinsVersion: 0, entry: e)
            return f.globals.value(at: e)
        }
        if let e = builtins.position(ofStr: name) {
            f.nameCaches[f.ip - 1] = NameCache(globalsVersion: f.globals.layoutVersion,
                                               builtinsVersion: builtins.layoutVersion, entry: e)
            return builtins.value(at: e)
        }
        throw nameError(name.value)
    }

    /// Stores a global; a store to an existing name replaces the value in place (the layout
    /// version, and so every cache of the name, stays valid).
    @inline(__always)
    func storeGlobal(_ f: Frame, _ i: Int, _ v: Value) {
        let c = f.nameCaches[f.ip - 1]
        if c.globalsVersion == f.globals.layoutVersion && c.builtinsVersion == 0 {
            f.globals.setValue(v, at: c.entry)
            return
        }
        let name = f.names[i]
        f.globals.setStr(name, v)
        if let e = f.globals.position(ofStr: name) {
            f.nameCaches[f.ip - 1] = NameCache(globalsVersion: f.globals.layoutVersion, builtinsVersion: 0, entry: e)
        }
    }

    @inline(__always)
    func storeName(_ f: Frame, _ i: Int, _ v: Value) throws {
        guard let ns = f.namespace, ns !== f.globals else { return storeGlobal(f, i, v) }
        ns.setStr(f.names[i], v)
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
