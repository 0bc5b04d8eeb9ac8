/// One bytecode instruction: an opcode with its operands inline.
///
/// This enum is the single source of truth for the instruction set: the dispatch loop
/// (`VM+Run.swift`) and the disassembler (`Disassembler.swift`) each have exactly one
/// exhaustive `switch` over it. Every case documents its stack effect as
/// `(before -- after)`, top of stack on the right. Jump targets are absolute
/// instruction indices. Operands are `Int32` to keep an instruction at 8 bytes.
public enum Instr: Sendable, Equatable {
    // MARK: stack
    /// `( -- )`
    case nop
    /// `(a -- )`
    case popTop
    /// `(a_n ... a_1 -- a_n ... a_1 a_n)` — push a copy of the n-th item (1 = top).
    case copy(Int32)
    /// `(a_n ... a_1 -- a_1 ... a_n)` — swap top with the n-th item.
    case swap(Int32)

    // MARK: constants and variables
    /// `( -- consts[i])`
    case loadConst(Int32)
    /// `( -- locals[i])`; UnboundLocalError when unset.
    case loadFast(Int32)
    /// `(v -- )` store into fast local i.
    case storeFast(Int32)
    /// `( -- )` unbind fast local i.
    case deleteFast(Int32)
    /// `( -- cell[i].value)`; cells are cellvars followed by freevars.
    case loadDeref(Int32)
    /// `(v -- )`
    case storeDeref(Int32)
    /// `( -- )`
    case deleteDeref(Int32)
    /// `( -- cell[i])` the cell object itself, to build a closure.
    case loadClosure(Int32)
    /// `( -- v)` class body reading a free variable: the class namespace first, then the cell.
    case loadClassDeref(Int32)
    /// `( -- v)` locals dict, then globals, then builtins (module and class bodies).
    case loadName(Int32)
    /// `(v -- )`
    case storeName(Int32)
    /// `( -- )`
    case deleteName(Int32)
    /// `( -- v)` globals then builtins.
    case loadGlobal(Int32)
    /// `(v -- )`
    case storeGlobal(Int32)
    /// `( -- )`
    case deleteGlobal(Int32)

    // MARK: attributes and items
    /// `(obj -- obj.name)`
    case loadAttr(Int32)
    /// `(v obj -- )` obj.name = v
    case storeAttr(Int32)
    /// `(obj -- )`
    case deleteAttr(Int32)
    /// `(obj -- meth self)` or `(obj -- attr NULL)`; paired with `callMethod`.
    case loadMethod(Int32)
    /// `(c k -- c[k])`
    case binarySubscr
    /// `(v c k -- )` c[k] = v
    case storeSubscr
    /// `(c k -- )`
    case deleteSubscr

    // MARK: operators
    /// `(a b -- a op b)`
    case binary(BinaryOp)
    /// `(a b -- a op= b)` tries `__iop__` first.
    case inplace(BinaryOp)
    /// `(a -- op a)`
    case unary(UnaryOp)
    /// `(a b -- a op b)` rich comparison.
    case compare(CompareOp)
    /// `(a b -- a is b)`; operand 1 means `is not`.
    case isOp(Int32)
    /// `(a b -- a in b)`; operand 1 means `not in`.
    case containsOp(Int32)

    // MARK: building
    /// `(a_1 ... a_n -- (a_1, ..., a_n))`
    case buildTuple(Int32)
    /// `(a_1 ... a_n -- [a_1, ..., a_n])`
    case buildList(Int32)
    /// `(a_1 ... a_n -- {a_1, ..., a_n})`
    case buildSet(Int32)
    /// `(k_1 v_1 ... k_n v_n -- {k_1: v_1, ...})`
    case buildMap(Int32)
    /// `(s_1 ... s_n -- "".join(s))`
    case buildString(Int32)
    /// `(start stop -- slice)` or with 3: `(start stop step -- slice)`
    case buildSlice(Int32)
    /// `(list ... v -- list ...)`; list is the i-th item below v (comprehensions).
    case listAppend(Int32)
    /// `(set ... v -- set ...)`
    case setAdd(Int32)
    /// `(dict ... k v -- dict ...)`
    case mapAdd(Int32)
    /// `(list ... it -- list ...)` list.extend(it)
    case listExtend(Int32)
    /// `(set ... it -- set ...)`
    case setUpdate(Int32)
    /// `(dict ... m -- dict ...)` dict.update(m) (dict displays)
    case dictUpdate(Int32)
    /// `(dict ... m -- dict ...)` like dictUpdate but duplicate keys are a TypeError (`**` in calls).
    case dictMerge(Int32)
    /// `(list -- tuple)`
    case listToTuple
    /// `(v -- str)` or `(v spec -- str)`; conversion 0 none, 1 `!s`, 2 `!r`, 3 `!a`; `hasSpec` != 0 when a spec is on the stack.
    case formatValue(conversion: Int8, hasSpec: Bool)
    /// `(seq -- v_n ... v_1)` pushes items so that v_1 is on top.
    case unpackSequence(Int32)
    /// `(seq -- after... list before...)` starred unpacking.
    case unpackEx(before: Int32, after: Int32)

    // MARK: control flow
    /// `( -- )`
    case jump(Int32)
    /// `(v -- )`
    case popJumpIfFalse(Int32)
    /// `(v -- )`
    case popJumpIfTrue(Int32)
    /// `(v -- v)` jump if falsy, else pop.
    case jumpIfFalseOrPop(Int32)
    /// `(v -- v)` jump if truthy, else pop.
    case jumpIfTrueOrPop(Int32)
    /// `(v -- )`
    case popJumpIfNone(Int32)
    /// `(v -- )`
    case popJumpIfNotNone(Int32)
    /// `(obj -- iter(obj))`
    case getIter
    /// `(it -- it next)` or, when exhausted, `(it -- )` and jump.
    case forIter(Int32)
    /// `(obj -- it)` for `yield from` (generators are kept as they are).
    case getYieldFromIter
    /// `(obj -- awaitable-iterator)`; operand tells the error context (0 await, 1 aenter, 2 aexit).
    case getAwaitable(Int32)
    /// `(obj -- obj.__aiter__())`
    case getAIter
    /// `(ait -- ait awaitable)` for `async for`.
    case getANext
    /// `(ait exc -- )` handler of `async for`: StopAsyncIteration ends the loop, other exceptions re-raise.
    case endAsyncFor
    /// `(sub v -- sub r)`: sends v into sub; if sub yields, r is the yielded value and execution
    /// continues (to a `yieldValue` that passes it out); if sub returns, pops sub, pushes its
    /// return value and jumps to the target.
    case send(Int32)
    /// `(v -- sent)` suspends the frame; resumes with the sent value on the stack.
    case yieldValue
    /// `(v -- )` returns from the frame.
    case returnValue

    // MARK: functions and classes
    /// `(defaults? kwdefaults? annotations? closure? code qualname -- function)`; flags bit 1 defaults,
    /// 2 kwdefaults, 4 annotations, 8 closure.
    case makeFunction(Int32)
    /// `(callable NULL|self args... -- result)` positional call; the slot below the args is either
    /// NULL (plain call) or self (method call after `loadMethod`).
    case call(Int32)
    /// `(callable NULL|self args... kwvalues... -- result)` with keyword names tuple at consts[names].
    case callKw(argc: Int32, names: Int32)
    /// `(callable NULL|self argsTuple kwargsDict? -- result)`; operand 1 when a kwargs dict is present.
    case callEx(Int32)
    /// `( -- NULL)` the marker that `call` expects below the arguments of a plain call.
    case pushNull
    /// `( -- __build_class__)`
    case loadBuildClass
    /// `( -- locals dict)` (class bodies return their namespace)
    case loadLocals
    /// `( -- )` create `__annotations__` in a module or class namespace.
    case setupAnnotations

    // MARK: exceptions
    /// `( -- )` push a handler block: an exception raised before `popBlock` truncates the stack to
    /// its depth at this point, pushes the exception and jumps to the target.
    case setupFinally(Int32)
    /// `( -- )` pop the innermost handler block.
    case popBlock
    /// `(exc -- prev exc)` make exc the exception being handled, saving the previous one.
    case pushExcInfo
    /// `(prev -- )` restore the handled exception saved by `pushExcInfo`.
    case popExcept
    /// `(exc -- )` re-raise exc keeping its traceback.
    case reraise
    /// `(exc type -- exc bool)` exception matches type (or tuple of types).
    case checkExcMatch
    /// `(exc type -- rest match)` split an exception group for `except*`.
    case checkEgMatch
    /// `(orig raised... list -- exc|None)` combine `except*` results; operand unused.
    case prepReraiseStar
    /// `( -- )` raise; operand 0 = bare re-raise, 1 = `raise exc`, 2 = `raise exc from cause`.
    case raise(Int32)
    /// `( -- AssertionError)`
    case loadAssertionError
    /// `(mgr -- exit enterResult)` for `with`: looks up `__exit__`, calls `__enter__`.
    case beforeWith
    /// `(mgr -- exit awaitable)` for `async with`.
    case beforeAsyncWith
    /// `(exit prev exc -- exit prev exc result)` calls `exit(type, exc, tb)`.
    case withExceptStart

    // MARK: modules and magic
    /// `(level fromlist -- module)` import the module named names[i].
    case importName(Int32)
    /// `(module -- module attr)`
    case importFrom(Int32)
    /// `( -- clockStamp)` start of `%time`.
    case timeStart
    /// `(clockStamp -- )` end of `%time`: prints IPython's CPU/Wall lines.
    case timeEnd
    /// `(v -- )` interactive expression statement: print repr unless None.
    case printExpr
    /// `( -- )` a construct that compiles but is not supported in lessons; raises the looplab stop
    /// with the message consts[i] at this instruction's location.
    case unsupported(Int32)
}

/// Binary operators, in the order of CPython's `NB_*` table.
public enum BinaryOp: UInt8, Sendable, CaseIterable {
    case add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor, matmul

    /// The operator as written in source and error messages.
    public var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .truediv: return "/"
        case .floordiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        case .matmul: return "@"
        }
    }

    /// The dunder name (`add` → `__add__`); reflected and in-place names derive from it.
    public var dunder: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .truediv: return "truediv"
        case .floordiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        case .matmul: return "matmul"
        }
    }
}

/// Unary operators.
public enum UnaryOp: UInt8, Sendable {
    case neg, pos, invert, not
}

/// Rich comparison operators, in CPython's `Py_LT`… order.
public enum CompareOp: UInt8, Sendable {
    case lt, le, eq, ne, gt, ge

    public var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        }
    }

    public var dunder: String {
        switch self {
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        }
    }

    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    public var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }
}
