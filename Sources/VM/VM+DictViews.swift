import Compiler

/// The set operators of `dict.keys()` and `dict.items()` (CPython's dictviews_or/and/sub/xor).
/// Either operand may be the view: the slot runs for `{1} | d.keys()` too, once set's own
/// operator has declined a non-set. The result is always a new `set` built from the left
/// operand, combined with any iterable on the right.
extension VM {
    func isSetLikeDictView(_ v: Value) -> Bool {
        guard case .obj(let o) = v, let view = o as? PyDictView else { return false }
        return view.view != .values
    }

    func dictViewSetOperator(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard isSetLikeDictView(a) || isSetLikeDictView(b) else { return nil }
        let left = PySet()
        try setFill(left, a)
        let right = PySet()
        try setFill(right, b)
        return try setOperator(op, left, right)
    }

}
