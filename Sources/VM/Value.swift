import Compiler
import BigInt

/// A Python value as the VM holds it: small ints, floats, bools and None unboxed; everything
/// else a reference to a `PyObject` subclass. `str` has its own case because it is by far the
/// most common object and the case saves a type check on every string operation.
///
/// `.null` is internal: an unbound local slot, or the marker below a plain call's arguments
/// (CPython's NULL). It never reaches Python code.
public enum Value {
    case none
    case bool(Bool)
    /// An int that fits in 64 bits; larger results overflow into `PyBigInt`.
    case int(Int)
    case float(Double)
    case str(PyStr)
    case obj(PyObject)
    case null

    @inline(__always) public static func string(_ s: String) -> Value { .str(PyStr(s)) }

    /// Wraps a BigInt, normalising to `.int` when it fits (every int result goes through here).
    @inline(__always) public static func bigint(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .obj(PyBigInt(b))
    }

    /// The object reference, or nil for unboxed values.
    @inline(__always) var object: PyObject? {
        switch self {
        case .obj(let o): return o
        case .str(let s): return s
        default: return nil
        }
    }

    @inline(__always) public var isNone: Bool { if case .none = self { return true } else { return false } }
    @inline(__always) var isNull: Bool { if case .null = self { return true } else { return false } }

    /// Object identity (`is`): unboxed values compare by value, as CPython's caches make them
    /// appear for small ints; objects by reference.
    func isIdentical(_ other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none), (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.str(let a), .str(let b)): return a.sameCodePoints(b)
        case (.obj(let a), .obj(let b)): return a === b
        default: return false
        }
    }
}
