import BigInt
import Compiler
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Base of every heap-allocated Python object. `cls` is the Python type; `kind` tags the Swift
/// subclass so the VM can switch on it instead of doing dynamic casts in hot paths.
open class PyObject {
    /// The object's Python type (settable for instances of user classes created by `object.__new__`).
    public var cls: PyClass!
    public let kind: ObjectKind

    public init(cls: PyClass?, kind: ObjectKind) {
        self.cls = cls
        self.kind = kind
    }

    /// Attribute namespace for objects that have one (instances, functions, modules, classes).
    open var attributes: PyDict? { nil }
    /// Called by attribute assignment when `attributes` is nil: objects that make their
    /// namespace on first use (most never get one) create and return it here.
    open func makeAttributes() -> PyDict? { nil }

    // `await` asks every instance it steps whether it is implemented in Swift; a virtual call
    // answers that without the protocol-conformance lookup an `as?` costs on each step.
    /// This object as an `await` iterator implemented in Swift, if it is one.
    open var nativeAwaitIterator: NativeAwaitIterator? { nil }
    /// This object as an awaitable whose `__await__` is implemented in Swift, if it is one.
    open var nativeAwaitable: NativeAwaitable? { nil }
}

/// Which Swift class a `PyObject` is (so `unsafeDowncast` is safe after a check).
public enum ObjectKind: UInt8 {
    case str, bigint, tuple, list, dict, set, frozenset, bytes, range, slice
    case function, boundMethod, nativeFunction, cls, instance, exception, generator, cell, module
    case iterator, property, staticMethod, classMethod, superObject, other
}

/// A Python `str`: code-point semantics (Swift's `String.count` counts graphemes, so `len` and
/// indexing use the scalar array, built lazily).
public final class PyStr: PyObject {
    /// The text. For a str holding a lone surrogate (see `codePoints`) each lone surrogate is
    /// U+FFFD here, a lossy rendering that code unaware of surrogates can still show.
    public let value: String
    private var _scalars: [Unicode.Scalar]?
    var cachedHash: Int?
    /// The number of code points once known (-1 before): `len` and indexing ask for it often,
    /// and counting walks the whole string.
    private var _count: Int
    /// Nil for every str a Swift String can hold. A Python str may hold lone surrogates
    /// (U+D800–U+DFFF: `"\ud800"`, `chr(0xdc00)`, `json.loads('"\\ud83d"')`), which a Swift
    /// String cannot; such a str keeps its exact code points here, and the operations on str
    /// check this first (SurrogateText.swift), so surrogate-free strings keep their fast paths.
    public let codePoints: [UInt32]?

    public init(_ value: String) {
        self.value = value
        self._count = -1
        self.codePoints = nil
        super.init(cls: BuiltinTypes.str, kind: .str)
    }

    /// A str whose code-point count the caller already knows.
    init(_ value: String, count: Int) {
        self.value = value
        self._count = count
        self.codePoints = nil
        super.init(cls: BuiltinTypes.str, kind: .str)
    }

    /// A str of code points that include a lone surrogate (callers go through
    /// `PyStr.make(codePoints:)`, which picks the plain representation when it can).
    init(surrogateCodePoints cps: [UInt32]) {
        var v = String.UnicodeScalarView()
        for c in cps { v.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        self.value = String(v)
        self._count = cps.count
        self.codePoints = cps
        SurrogateText.seen = true
        super.init(cls: BuiltinTypes.str, kind: .str)
    }

    /// The code points of the string.
    public var scalars: [Unicode.Scalar] {
        if let s = _scalars { return s }
        let s = Array(value.unicodeScalars)
        _scalars = s
        return s
    }

    /// `len(s)`: number of code points.
    public var count: Int {
        // A surrogate-holding str renders each surrogate as one U+FFFD in `value`, so counting
        // `value` gives its code-point count too.
        if _count >= 0 { return _count }
        let n = _scalars?.count ?? PyStr.codePointCount(value)
        _count = n
        return n
    }

    /// Counts the bytes that start a UTF-8 sequence: the code points, without decoding them.
    static func codePointCount(_ s: String) -> Int {
        if let n = s.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        }) { return n }
        return s.unicodeScalars.count
    }

    /// The code-point count if it is already known (no counting).
    var knownCount: Int? { _count >= 0 ? _count : _scalars?.count }

    /// True when every code point is ASCII (then UTF-8 offsets equal code-point offsets).
    var isASCII: Bool { value.utf8.count == count }

    /// Python's `==` on str: the same code points. (Swift's `String ==` is canonical
    /// equivalence, so "e\u{301}" == "\u{e9}" there; Python says they differ.)
    @inline(__always)
    public func sameCodePoints(_ other: PyStr) -> Bool {
        if self === other { return true }
        guard PyStr.sameUTF8(value, other.value) else { return false }
        // Equal lossy texts: the same str unless a lone surrogate stands behind a U+FFFD.
        return codePoints == nil && other.codePoints == nil || codePoints == other.codePoints
    }

    /// Code-point equality of two Swift strings: their UTF-8 bytes compared in place (the
    /// generic `utf8.elementsEqual` decodes index by index, ~450 instructions for a short
    /// name: every module-attribute and dict lookup by a name paid it).
    @inline(__always)
    static func sameUTF8(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        if let f = fast, let r = f { return r }
        return a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}

/// An int too large for 64 bits. Results that fit are always stored as `Value.int` instead.
public final class PyBigInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) {
        self.value = value
        super.init(cls: BuiltinTypes.int, kind: .bigint)
    }
}

public final class PyTuple: PyObject {
    public let items: [Value]
    public init(_ items: [Value]) {
        self.items = items
        super.init(cls: BuiltinTypes.tuple, kind: .tuple)
    }
    public static let empty = PyTuple([])
}

public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(cls: BuiltinTypes.list, kind: .list)
    }

    /// Items die last to first, as CPython's list_dealloc (lifetime messages follow that order).
    deinit {
        if items.count > 1 { while !items.isEmpty { items.removeLast() } }
    }

}

public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(cls: BuiltinTypes.bytes, kind: .bytes)
    }
}

/// `range(start, stop, step)`. Bounds and length that fit an Int use the Int fields; a range
/// beyond them (`range(10**20)`, `range(-2**63, 2**63)`) keeps BigInts in `big` instead, and
/// every operation on it takes the BigInt path (CPython's longrangeobject).
public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    /// The number of elements (valid when `big` is nil).
    public let count: Int
    public struct Big {
        public let start: BigInt, stop: BigInt, step: BigInt, length: BigInt
    }
    public let big: Big?

    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        self.count = PyRange.length(start, stop, step) ?? 0
        self.big = nil
        super.init(cls: BuiltinTypes.range, kind: .range)
    }

    /// A range of any bounds: Int fields when everything fits, else `big`.
    public static func make(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> PyRange {
        // The Int iterator steps once past the last element, so that value must fit too.
        if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step), let n = length(a, b, c) {
            let (span, o1) = n.multipliedReportingOverflow(by: c)
            let (_, o2) = a.addingReportingOverflow(span)
            if !o1 && !o2 { return PyRange(start: a, stop: b, step: c) }
        }
        return PyRange(big: start, stop, step)
    }

    private init(big start: BigInt, _ stop: BigInt, _ step: BigInt) {
        let length: BigInt
        if step > 0 { length = start < stop ? (stop - start - 1) / step + 1 : 0 }
        else { length = start > stop ? (start - stop - 1) / (-step) + 1 : 0 }
        self.big = Big(start: start, stop: stop, step: step, length: length)
        self.start = 0; self.stop = 0; self.step = 1; self.count = 0
        super.init(cls: BuiltinTypes.range, kind: .range)
    }

    /// The length, or nil when computing it overflows an Int.
    static func length(_ start: Int, _ stop: Int, _ step: Int) -> Int? {
        if step > 0 {
            if start >= stop { return 0 }
            let (d, o) = stop.subtractingReportingOverflow(start)
            return o ? nil : (d - 1) / step + 1
        }
        if start <= stop { return 0 }
        let (d, o) = start.subtractingReportingOverflow(stop)
        if o || step == Int.min { return nil }
        return (d - 1) / (-step) + 1
    }

    public var isEmpty: Bool { big.map { $0.length == 0 } ?? (count == 0) }
    public var bigStart: BigInt { big?.start ?? BigInt(start) }
    public var bigStop: BigInt { big?.stop ?? BigInt(stop) }
    public var bigStep: BigInt { big?.step ?? BigInt(step) }
    public var bigLength: BigInt { big?.length ?? BigInt(count) }

    /// The element at `i` (0 <= i < length).
    public func element(_ i: BigInt) -> BigInt { bigStart + i * bigStep }
}

public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(cls: BuiltinTypes.slice, kind: .slice)
    }
}

/// A closure cell; `value` is `.null` while unbound.
public final class PyCell: PyObject {
    public var value: Value
    public init(_ value: Value = .null) {
        self.value = value
        super.init(cls: BuiltinTypes.cell, kind: .cell)
    }
}

/// An instance of a user-defined class (or of `object`): a type and an attribute dict.
open class PyInstance: PyObject {
    public let dict: PyDict
    public init(cls: PyClass, kind: ObjectKind = .instance) {
        self.dict = PyDict()
        super.init(cls: cls, kind: kind)
    }
    open override var attributes: PyDict? { dict }
}

/// A Python function: code plus the environment it closes over.
public final class PyFunction: PyObject {
    public let code: CodeObject
    public let globals: PyDict
    public var name: String
    public var qualname: String
    public var defaults: [Value]
    public var kwDefaults: PyDict?
    public let closure: [PyCell]
    public var annotations: PyDict?
    /// `__doc__` is a slot of the function, not an entry of its `__dict__`.
    public var doc: Value = .none
    public let dict = PyDict()
    public var module: Value
    /// The code's runtime table (`VM.constants(for:)`), kept alive by `code.runtimeCache`:
    /// read on every call without the cast and retain of going through the code object.
    unowned(unsafe) let table: ConstantTable

    init(code: CodeObject, table: ConstantTable, globals: PyDict, qualname: String, defaults: [Value],
         kwDefaults: PyDict?, closure: [PyCell], module: Value) {
        self.code = code
        self.table = table
        self.globals = globals
        self.name = code.name
        self.qualname = qualname
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.module = module
        super.init(cls: BuiltinTypes.function, kind: .function)
    }
    public override var attributes: PyDict? { dict }
}

/// A function bound to `self` (`obj.method`).
public final class PyBoundMethod: PyObject {
    public let function: Value
    public let receiver: Value
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(cls: BuiltinTypes.method, kind: .boundMethod)
    }
}

/// Arguments of a call into Swift: positionals and keyword arguments in call order.
public struct Args {
    public var positional: [Value]
    public var keywords: [(String, Value)]
    public init(_ positional: [Value], keywords: [(String, Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }
    public var count: Int { positional.count }
    public subscript(i: Int) -> Value { positional[i] }

    /// The keyword argument `name`, if given.
    public func keyword(_ name: String) -> Value? {
        for (k, v) in keywords where k == name { return v }
        return nil
    }
}

/// A function implemented in Swift. For methods of builtin types `self` is `args[0]`.
public final class PyNativeFunction: PyObject {
    public typealias Body = (VM, Args) throws -> Value
    public let name: String
    /// `int.to_bytes`-style qualified name for reprs (`<built-in method x of y object>`).
    public let ownerName: String?
    public let body: Body
    /// True for methods defined on a type: attribute access binds them to the instance.
    public let isMethod: Bool
    /// Calls count toward the recursion limit (CPython's METH_O and METH_VARARGS builtins).
    public var countsDepth = false
    /// For methods of builtin types: the body taking the receiver apart from the arguments, so
    /// `obj.method(...)` in the loop calls it without building an argument array with `self`
    /// in front and then taking it off again.
    public let receiverBody: ((VM, Value, Args) throws -> Value)?
    /// For methods: bound to this receiver already (`"abc".upper` evaluated).
    public init(name: String, owner: String? = nil, isMethod: Bool = false,
                receiverBody: ((VM, Value, Args) throws -> Value)? = nil, body: @escaping Body) {
        self.name = name
        self.ownerName = owner
        self.isMethod = isMethod
        self.receiverBody = receiverBody
        self.body = body
        super.init(cls: BuiltinTypes.builtinFunction, kind: .nativeFunction)
    }
}

public final class PyProperty: PyObject {
    public var getter: Value, setter: Value, deleter: Value
    public init(getter: Value, setter: Value = .none, deleter: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        super.init(cls: BuiltinTypes.property, kind: .property)
    }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ f: Value) {
        function = f
        super.init(cls: BuiltinTypes.staticmethod, kind: .staticMethod)
    }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ f: Value) {
        function = f
        super.init(cls: BuiltinTypes.classmethod, kind: .classMethod)
    }
}

/// A module: a name and a namespace.
public final class PyModule: PyObject {
    public let name: String
    public let dict: PyDict
    public init(name: String, dict: PyDict = PyDict()) {
        self.name = name
        self.dict = dict
        super.init(cls: BuiltinTypes.module, kind: .module)
        dict.setStr("__name__", .string(name))
    }
    public override var attributes: PyDict? { dict }
}

/// An iterator implemented by a Swift closure that returns nil when exhausted.
/// (Lists and ranges have dedicated fast iterators; everything else uses this.)
public final class PyIterator: PyObject {
    public enum Source {
        case list(PyList)
        case tuple([Value])
        case range(current: Int, stop: Int, step: Int)
        case closure(() throws -> Value?)
    }
    public var source: Source
    var index = 0
    var exhausted = false
    public init(_ source: Source, cls: PyClass = BuiltinTypes.iterator) {
        self.source = source
        super.init(cls: cls, kind: .iterator)
    }
}

/// Singletons without their own Swift class (`NotImplemented`, `Ellipsis`, `object()` instances).
public final class PyPlainObject: PyObject {
    public init(cls: PyClass) { super.init(cls: cls, kind: .other) }
}
