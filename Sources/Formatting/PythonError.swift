/// An error CPython would raise, carrying its exception class and exact message.
///
/// The VM maps each case onto its own exception object; `unsupported` marks results
/// CPython produces but looplab does not model (e.g. complex numbers).
public enum PythonError: Error, Equatable, CustomStringConvertible {
    case valueError(String)
    case typeError(String)
    case overflowError(String)
    case zeroDivisionError(String)
    case unsupported(String)

    /// The exception's class name as CPython prints it.
    public var typeName: String {
        switch self {
        case .valueError: return "ValueError"
        case .typeError: return "TypeError"
        case .overflowError: return "OverflowError"
        case .zeroDivisionError: return "ZeroDivisionError"
        case .unsupported: return "NotSupported"
        }
    }

    /// The message text, i.e. `str(exception)`.
    public var message: String {
        switch self {
        case .valueError(let m), .typeError(let m), .overflowError(let m),
             .zeroDivisionError(let m), .unsupported(let m):
            return m
        }
    }

    public var description: String { "\(typeName): \(message)" }
}
