import Compiler
/// A Python type: builtin (`int`, `list`, `ValueError`, …) or defined by a `class` statement.
/// Single inheritance, so the MRO is the chain of bases.
public final class PyClass: PyObject {
    public var name: String
    public var qualname: String
    public let base: PyClass?
    /// The class followed by its bases up to `object`.
    public private(set) var mro: [PyClass] = []
    public let dict: PyDict
    /// Defined in Swift (its attributes cannot be set from Python).
    public let isBuiltin: Bool
    /// `__module__` as printed in reprs (`builtins` types print without it).
    public var moduleName: String
    /// Builds instances for `cls(...)` when the class (or a base) is native; nil means a plain
    /// `PyInstance` followed by `__init__`.
    public var constructor: ((VM, PyClass, Args) throws -> Value)?
    /// For classes whose instances are exceptions.
    public private(set) var isException = false
    /// The attribute names instances may hold when `__slots__` leaves them without a
    /// `__dict__` (VM+Slots.swift); nil for classes whose instances have one.
    public var instanceSlots: Set<String>?

    public init(name: String, base: PyClass?, isBuiltin: Bool, module: String = "builtins",
                dict: PyDict = PyDict(), metaclass: PyClass? = BuiltinTypes.typeIfReady,
                extraBase: PyClass? = nil) {
        self.name = name
        self.qualname = name
        self.base = base
        self.isBuiltin = isBuiltin
        self.moduleName = module
        self.dict = dict
        dict.isTypeDict = true
        PyDict.typeEpoch &+= 1
        super.init(cls: metaclass, kind: .cls)
        var mro = [self] + (base?.mro ?? [])
        if let extra = extraBase {
            // ExceptionGroup(BaseExceptionGroup, Exception): the one multiple-inheritance class.
            for c in extra.mro where !mro.contains(where: { $0 === c }) {
                mro.insert(c, at: mro.count - 2)
            }
        }
        self.mro = mro
        self.isException = name == "BaseException" || (base?.isException ?? false)
        if constructor == nil { constructor = base?.constructor }
    }

    public override var attributes: PyDict? { dict }

    /// Looks `name` up along the MRO.
    @inline(__always)
    public func lookup(_ name: String) -> Value? {
        let h = PyHash.string(name)
        for c in mro {
            if let v = c.dict.getStr(name, hash: h) { return v }
        }
        return nil
    }

    public func lookup(_ name: PyStr) -> Value? {
        for c in mro {
            if let v = c.dict.getStr(name) { return v }
        }
        return nil
    }

    public func isSubclass(of other: PyClass) -> Bool {
        if self === other { return true }
        for c in mro where c === other { return true }
        return false
    }

    /// The first builtin class in the MRO (decides the Swift representation of instances).
    public var builtinBase: PyClass {
        for c in mro where c.isBuiltin { return c }
        return BuiltinTypes.object
    }

    /// `module.qualname` or just the name for builtins, as in `<class 'x'>` and messages.
    public var fullName: String {
        moduleName == "builtins" ? qualname : "\(moduleName).\(qualname)"
    }
}

/// A frame of a traceback: which code was running, and where.
public final class PyTraceback: PyObject {
    public let code: CodeObject
    public let instruction: Int
    public let next: PyTraceback?
    /// What the traceback's frame keeps alive besides the code (CPython's `tb_frame`): the
    /// locals and cells of a program frame that failed (`VM.unwind` moves them here), or the
    /// arguments of a library function implemented natively, so they live exactly as long
    /// as the traceback — e.g. a coroutine held by a failed coroutine's local, or passed to a
    /// failing `run_until_complete`, warns "never awaited" when the exception is dropped.
    public var keepAlive: [Value] = []
    public init(code: CodeObject, instruction: Int, next: PyTraceback?) {
        self.code = code
        self.instruction = instruction
        self.next = next
        super.init(cls: BuiltinTypes.traceback, kind: .other)
    }

    public var line: Int { Int(code.locations[instruction].line) }
}

/// An exception instance. Python exceptions are VM values; they travel through Swift as thrown
/// errors only between the place they are raised and the dispatch loop that handles them.
public final class PyException: PyInstance, Error, @unchecked Sendable {
    public var args: [Value]
    public var traceback: PyTraceback?
    public var cause: PyException?
    public var context: PyException?
    public var suppressContext = false
    /// For exception groups: the contained exceptions and the message.
    public var groupExceptions: [PyException] = []
    public var notes: [String] = []
    /// The asyncio engine's view of this exception (its `EngineError`, which holds this object
    /// strongly). Weak, so the exception dies when the program and the engine drop it, as in
    /// CPython (its traceback may keep a never-awaited coroutine alive until then).
    public weak var engineError: AnyObject?
    /// Set once asyncio's library frames were added to the traceback (a cause shared by
    /// several raises gets them once).
    public var hasLibraryFrames = false
    /// True until the exception's `__context__` has been set at its raise point (a bare
    /// re-raise leaves it false; `raise e` sets it again).
    var needsContext = true
    /// Already reported to the trace as raised / as caught (each object is reported once
    /// per raise, however many frames it crosses).
    var traceRaised = false
    var traceCaught = false

    public init(cls: PyClass, args: [Value]) {
        self.args = args
        super.init(cls: cls, kind: .exception)
    }

    public func isInstance(of c: PyClass) -> Bool { cls.isSubclass(of: c) }
}

/// A generator, coroutine or async generator: owns the suspended frame.
public final class PyGenerator: PyObject {
    public enum Flavor { case generator, coroutine, asyncGenerator }
    public let flavor: Flavor
    /// The suspended frame; nil once the generator has finished. A frame let go of forgets its
    /// generator (its back pointer is not a counted reference, see `Frame.generator`).
    public internal(set) var frame: Frame? {
        didSet { if let old = oldValue, old !== frame { old.generator = nil } }
    }
    public internal(set) var running = false
    /// Whether the frame has started (the first resume must send None).
    var started = false
    public var name: String
    public var qualname: String
    /// For coroutines: set once awaited or driven (the engine's "never awaited" check reads it).
    public var wasAwaited = false
    /// For async generators: whether the first iteration consulted the event loop's hooks
    /// (CPython's `ag_hooks_inited`).
    var asyncGenHooksDone = false
    /// For async generators: the running loop's finalizer hook captured at the first
    /// iteration (CPython's `ag_origin_or_finalizer`); called when the generator dies
    /// suspended (with the heir of its frame) or otherwise (with nil: the loop forgets it).
    public var asyncGenFinalizer: ((PyGenerator?) -> Void)?
    /// For async generators: `aclose()` has started (CPython's `ag_closed`); the finalizer
    /// hook is no longer called for it.
    var asyncGenClosed = false
    /// For async generators: an `__anext__`/`athrow`/`aclose` awaitable is driving it
    /// (CPython's `ag_running_async`).
    var asyncGenRunning = false

    init(flavor: Flavor, frame: Frame, name: String, qualname: String) {
        self.flavor = flavor
        self.frame = frame
        self.name = name
        self.qualname = qualname
        let cls: PyClass
        switch flavor {
        case .generator: cls = BuiltinTypes.generator
        case .coroutine: cls = BuiltinTypes.coroutine
        case .asyncGenerator: cls = BuiltinTypes.asyncGenerator
        }
        super.init(cls: cls, kind: .generator)
    }

    public var isFinished: Bool { frame == nil }

    deinit {
        frame?.generator = nil
        // CPython warns when a coroutine dies without ever being started or awaited.
        if flavor == .coroutine && !started && !wasAwaited && frame != nil, let vm = VM.active {
            vm.warnNeverAwaited(qualname)
        }
        // A generator or coroutine freed while suspended is closed (CPython's _PyGen_Finalize),
        // so its `finally` blocks run; the VM does it at its next safe point.
        if flavor != .asyncGenerator && started && !running, let frame, let vm = VM.active {
            vm.generatorDied(frame, flavor: flavor, name: name, qualname: qualname, address: VM.identity(self))
        }
        // An unfinished async generator with a finalizer goes to the loop, which closes it
        // with `aclose()` in a new task (`_PyGen_Finalize`). CPython resurrects the object;
        // ARC cannot, so an heir takes over the suspended frame — nothing else referred to
        // the old object, so no program can tell them apart.
        if flavor == .asyncGenerator, !asyncGenClosed, let finalizer = asyncGenFinalizer, let f = frame {
            let heir = PyGenerator(flavor: .asyncGenerator, frame: f, name: name, qualname: qualname)
            heir.started = started
            heir.asyncGenHooksDone = true
            // A finalizer runs once per object (PEP 442): if the hook drops the heir (a closed
            // loop), it dies for good.
            f.generator = heir
            frame = nil
            finalizer(heir)
        } else if flavor == .asyncGenerator, let finalizer = asyncGenFinalizer {
            // Finished or closed: the loop that registered it keeps no counted reference
            // and must forget it now.
            finalizer(nil)
        }
    }
    /// True once the frame has run (a repr then shows the current line, not the first).
    public var isStarted: Bool { started }
}
