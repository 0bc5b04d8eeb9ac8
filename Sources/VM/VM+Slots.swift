import Compiler

/// `__slots__` (CPython's `type_new` slot handling, Objects/typeobject.c): a class whose
/// `__slots__` leaves out `__dict__`, and whose bases all did the same, gives instances no
/// `__dict__`, so assigning any name outside the slots fails. looplab keeps slot values in the
/// instance's attribute table like any other attribute; only the set of names that may be
/// assigned, `__dict__` and `vars()` change.
extension VM {
    /// The names instances of a new class may hold, or nil when they get a `__dict__`.
    func instanceSlots(_ ns: PyDict, base: PyClass) throws -> Set<String>? {
        guard let spec = ns.getStr("__slots__") else { return nil }
        let items: [Value]
        if case .str = spec { items = [spec] } else { items = try iterate(spec) }
        var names: [String] = []
        for item in items {
            guard case .str(let s) = item else {
                throw typeError("__slots__ items must be strings, not '\(typeName(item))'")
            }
            names.append(s.value)
        }
        for n in names where n != "__dict__" && n != "__weakref__" && ns.getStr(n) != nil {
            throw newException(ExceptionTypes.valueError, "'\(n)' in __slots__ conflicts with class variable")
        }
        // A base with a `__dict__` (any Python class without slots, any builtin but object)
        // gives the subclass one too.
        if names.contains("__dict__") { return nil }
        if base === BuiltinTypes.object { return Set(names) }
        guard let inherited = base.instanceSlots else { return nil }
        return inherited.union(names)
    }

    /// `object.__setattr__` on an instance without `__dict__`: only slot names. 3.11 reports
    /// this without the attribute's name, so no "Did you mean" follows in the traceback.
    @inline(__always)
    func checkSlotAssignment(_ o: PyObject, _ name: String) throws {
        if let allowed = o.cls.instanceSlots, !allowed.contains(name) {
            throw newException(ExceptionTypes.attributeError, "'\(o.cls.name)' object has no attribute '\(name)'")
        }
    }
}
