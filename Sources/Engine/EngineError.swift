/// The exception types the engine creates or must recognise. `.host` is any other VM exception.
public enum ExceptionKind: Equatable {
    case cancelledError, timeoutError, invalidStateError
    case runtimeError, valueError, typeError
    case queueEmpty, queueFull
    case exceptionGroup, baseExceptionGroup
    case keyboardInterrupt, systemExit, generatorExit
    case host
}

/// A Python exception object crossing the engine seam (see Coroutine.swift).
///
/// A class, because identity matters: a cancelled task re-raises the very object that escaped
/// its coroutine, the first time only (asyncio-semantics §7.4).
public final class EngineError: Error {
    /// The exact engine-known type, or `.host`.
    public let kind: ExceptionKind
    /// The class name as Python prints it in a repr (`CancelledError`, `ValueError`, `MyError`).
    public let typeName: String
    /// `args`.
    public var args: [EngineValue]
    /// `isinstance(e, asyncio.CancelledError)` (true for subclasses too).
    public let isCancellation: Bool
    /// Not a subclass of `Exception` (CancelledError, KeyboardInterrupt, SystemExit, …).
    public let isBaseOnly: Bool
    /// KeyboardInterrupt or SystemExit: re-raised out of the loop (asyncio-semantics §4.2).
    public let isExit: Bool
    /// `__cause__`, `__context__`, `__suppress_context__`.
    public var cause: EngineError?
    public var context: EngineError?
    public var suppressContext = false
    /// The members of an exception group, in order.
    public var exceptions: [EngineError] = []
    /// The VM's own exception object, if any (materialised lazily for engine-made errors).
    public var host: AnyObject?

    public init(kind: ExceptionKind, typeName: String, args: [EngineValue] = [],
                isCancellation: Bool? = nil, isBaseOnly: Bool? = nil, isExit: Bool? = nil,
                host: AnyObject? = nil) {
        self.kind = kind
        self.typeName = typeName
        self.args = args
        self.isCancellation = isCancellation ?? (kind == .cancelledError)
        self.isExit = isExit ?? (kind == .keyboardInterrupt || kind == .systemExit)
        self.isBaseOnly = isBaseOnly ?? (kind == .cancelledError || kind == .keyboardInterrupt
            || kind == .systemExit || kind == .generatorExit || kind == .baseExceptionGroup)
        self.host = host
    }

    /// `str(args[0])` when there is exactly one string argument, else nil.
    public var message: String? {
        if args.count == 1 || kind == .exceptionGroup || kind == .baseExceptionGroup,
           let first = args.first, case .string(let s) = first { return s }
        return nil
    }

    /// `repr(e)`: `CancelledError()`, `CancelledError('m')`, `ValueError('x', 1)`.
    public var repr: String {
        if kind == .exceptionGroup || kind == .baseExceptionGroup {
            let msg = message.map(pyStringRepr) ?? "''"
            return "\(typeName)(\(msg), [" + exceptions.map { $0.repr }.joined(separator: ", ") + "])"
        }
        return typeName + "(" + args.map { $0.repr() }.joined(separator: ", ") + ")"
    }

    /// `str(e)`.
    public var str: String {
        if kind == .exceptionGroup || kind == .baseExceptionGroup {
            let n = exceptions.count
            return (message ?? "") + " (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        switch args.count {
        case 0: return ""
        case 1:
            if case .string(let s) = args[0] { return s }
            return args[0].repr()
        default: return EngineValue.tuple(args).repr()
        }
    }

    // MARK: Factories for the errors the engine raises

    /// `CancelledError()` or `CancelledError(msg)`.
    public static func cancelled(_ msg: EngineValue? = nil) -> EngineError {
        EngineError(kind: .cancelledError, typeName: "CancelledError", args: msg.map { [$0] } ?? [])
    }
    /// The builtin `TimeoutError()` (asyncio.TimeoutError is TimeoutError since 3.11).
    public static func timeout() -> EngineError {
        EngineError(kind: .timeoutError, typeName: "TimeoutError")
    }
    public static func invalidState(_ msg: String) -> EngineError {
        EngineError(kind: .invalidStateError, typeName: "InvalidStateError", args: [.string(msg)])
    }
    public static func runtime(_ msg: String) -> EngineError {
        EngineError(kind: .runtimeError, typeName: "RuntimeError", args: [.string(msg)])
    }
    public static func value(_ msg: String) -> EngineError {
        EngineError(kind: .valueError, typeName: "ValueError", args: [.string(msg)])
    }
    public static func type(_ msg: String) -> EngineError {
        EngineError(kind: .typeError, typeName: "TypeError", args: [.string(msg)])
    }
    public static func queueEmpty() -> EngineError { EngineError(kind: .queueEmpty, typeName: "QueueEmpty") }
    public static func queueFull() -> EngineError { EngineError(kind: .queueFull, typeName: "QueueFull") }
    public static func keyboardInterrupt() -> EngineError {
        EngineError(kind: .keyboardInterrupt, typeName: "KeyboardInterrupt")
    }
    public static func generatorExit() -> EngineError {
        EngineError(kind: .generatorExit, typeName: "GeneratorExit")
    }
    /// `BaseExceptionGroup(msg, errors)`: an `ExceptionGroup` when every member is an Exception.
    public static func group(_ msg: String, _ errors: [EngineError]) -> EngineError {
        let base = errors.contains { $0.isBaseOnly }
        let e = EngineError(kind: base ? .baseExceptionGroup : .exceptionGroup,
                            typeName: base ? "BaseExceptionGroup" : "ExceptionGroup",
                            args: [.string(msg), .list(errors.map { .error($0) })])
        e.exceptions = errors
        return e
    }
    /// A test/VM convenience: an ordinary exception of a user-visible class.
    public static func host(_ typeName: String, _ msg: String? = nil) -> EngineError {
        EngineError(kind: .host, typeName: typeName, args: msg.map { [.string($0)] } ?? [])
    }
}
