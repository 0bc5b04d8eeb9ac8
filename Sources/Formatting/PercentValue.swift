import BigInt

/// One value handed to `str % args`, as the VM describes it: what kind of
/// number it is (if any) and how to get its str()/repr().
public struct PercentValue {
    public enum Kind {
        /// An int (bool included).
        case int(BigInt)
        case float(Double)
        case str(String)
        /// Anything else: only %s/%r/%a accept it.
        case other
    }

    public var kind: Kind
    /// `type(value).__name__`, for error messages.
    public var typeName: String
    /// `str(value)`; may call back into Python and throw the VM's own errors.
    public var str: () throws -> String
    /// `repr(value)`.
    public var repr: () throws -> String

    /// Describes a value for %-formatting.
    public init(kind: Kind, typeName: String, str: @escaping () throws -> String,
                repr: @escaping () throws -> String) {
        self.kind = kind
        self.typeName = typeName
        self.str = str
        self.repr = repr
    }
}

/// The right operand of `str % args`.
public struct PercentArguments {
    /// The tuple's items, or the single non-tuple value.
    public var values: [PercentValue]
    /// True when the right operand is a tuple.
    public var isTuple: Bool
    /// Set when the right operand is a mapping (CPython: has `__getitem__` and is
    /// neither a tuple nor a str); looks up `%(key)s` keys, throwing the VM's KeyError.
    public var lookup: ((String) throws -> PercentValue)?
    /// "string" or "bytes", for "not all arguments converted during … formatting".
    public var formattedType = "string"

    /// Arguments from a tuple, or from one value (`isTuple: false`).
    public init(values: [PercentValue], isTuple: Bool,
                lookup: ((String) throws -> PercentValue)? = nil) {
        self.values = values
        self.isTuple = isTuple
        self.lookup = lookup
    }
}
