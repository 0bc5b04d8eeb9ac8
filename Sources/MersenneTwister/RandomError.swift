/// An exception CPython's `random` module would raise, with its exact message.
public enum RandomError: Error, Equatable, CustomStringConvertible {
    case valueError(String)
    case indexError(String)
    case typeError(String)
    /// A seed CPython accepts but whose effect is not reproducible (a NaN float's
    /// hash is its address).
    case unsupported(String)

    /// The exception's class name as CPython prints it.
    public var typeName: String {
        switch self {
        case .valueError: return "ValueError"
        case .indexError: return "IndexError"
        case .typeError: return "TypeError"
        case .unsupported: return "NotSupported"
        }
    }

    /// The message text, i.e. `str(exception)`.
    public var message: String {
        switch self {
        case .valueError(let m), .indexError(let m), .typeError(let m), .unsupported(let m): return m
        }
    }

    public var description: String { "\(typeName): \(message)" }
}
