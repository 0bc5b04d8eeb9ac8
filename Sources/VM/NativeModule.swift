import Compiler
/// A module implemented in Swift. `build` fills the module namespace when it is first imported
/// (so unused modules cost nothing at start-up).
///
///     vm.register(NativeModule(name: "asyncio") { vm, m in
///         m.function("sleep") { vm, args in ... }
///         m.add("CancelledError", .obj(cancelledErrorClass))
///     })
public struct NativeModule {
    public let name: String
    public let build: (VM, NativeModuleBuilder) throws -> Void
    public init(name: String, build: @escaping (VM, NativeModuleBuilder) throws -> Void) {
        self.name = name
        self.build = build
    }
}

/// Helper handed to `NativeModule.build` to populate the namespace.
public final class NativeModuleBuilder {
    public let module: PyModule
    init(module: PyModule) { self.module = module }

    /// Adds a function; the body gets positional and keyword arguments.
    public func function(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        module.dict.setStr(name, .obj(PyNativeFunction(name: name, owner: module.name, body: body)))
    }

    public func add(_ name: String, _ value: Value) { module.dict.setStr(name, value) }

    /// Creates a class whose instances are `PyInstance`s (attributes in a dict) with native
    /// methods; `constructor` builds an instance from call arguments (nil = plain instance
    /// followed by a Python or native `__init__`).
    @discardableResult
    public func nativeClass(_ name: String, base: PyClass = BuiltinTypes.object,
                            methods: [String: TypeMethods.Method] = [:],
                            constructor: ((VM, PyClass, Args) throws -> Value)? = nil) -> PyClass {
        let cls = PyClass(name: name, base: base, isBuiltin: true, module: module.name)
        for (n, body) in methods { TypeMethods.method(cls, n, body) }
        cls.constructor = constructor ?? { _, c, _ in .obj(PyInstance(cls: c)) }
        module.dict.setStr(name, .obj(cls))
        return cls
    }
}

extension VM {
    /// Makes a Swift module importable.
    public func register(_ module: NativeModule) {
        nativeModules[module.name] = module
        modules[module.name] = nil
    }

    /// Modules of DESIGN §3 that exist in CPython but are not provided here get the sandbox error;
    /// asyncio is provided by the engine.
    static let sandboxMessage = "lessons run in a sandbox"

    /// `import name` from Swift (native modules use other modules this way).
    public func importModuleValue(_ name: String) throws -> Value { try importModule(name, nil) }

    func importModule(_ name: String, _ f: Frame?) throws -> Value {
        let top = String(name.split(separator: ".").first ?? "")
        if let m = modules[name] { return .obj(name.contains(".") ? (modules[top] ?? m) : m) }
        if let native = nativeModules[name] {
            let m = PyModule(name: name)
            modules[name] = m
            do {
                try native.build(self, NativeModuleBuilder(module: m))
            } catch {
                modules[name] = nil
                throw error
            }
            if name.contains("."), let parent = try? importModule(top, f), case .obj(let po) = parent, let pm = po as? PyModule {
                pm.dict.setStr(String(name.split(separator: ".").last!), .obj(m))
                return parent
            }
            return .obj(m)
        }
        // Without the asyncio bridge registered (a bare VM), asyncio stays unavailable.
        if name == "asyncio" || name.hasPrefix("asyncio.") {
            throw LooplabStop("asyncio is not available yet in this version of looplab")
        }
        throw sandboxedImportStop(name, f)
    }

    /// `IMPORT_NAME`: `import a.b` binds the top package `a`; `from a.b import x` (a
    /// fromlist) works on the submodule `a.b` itself.
    func importName(_ name: String, fromlist: Value, _ f: Frame) throws -> Value {
        let top = try importModule(name, f)
        guard !fromlist.isNone, name.contains("."), let m = modules[name] else { return top }
        return .obj(m)
    }

    func importFrom(_ module: Value, _ name: String) throws -> Value {
        if let v = try getAttrOptional(module, name) { return v }
        if case .obj(let o) = module, let m = o as? PyModule {
            if let sub = try? importModule("\(m.name).\(name)", nil), case .obj(let so) = sub, let sm = so as? PyModule,
               let child = sm.dict.getStr(name) ?? modules["\(m.name).\(name)"].map({ .obj($0) }) {
                return child
            }
            if let stop = unsupportedModuleAttribute(m, name) { throw stop }
            let e = newException(ExceptionTypes.importError, "cannot import name '\(name)' from '\(m.name)' (unknown location)")
            throw e
        }
        throw newException(ExceptionTypes.importError, "cannot import name '\(name)'")
    }
}
