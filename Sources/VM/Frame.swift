import Compiler

/// An activation record on the heap: fast locals and the value stack in one buffer, the
/// instruction index, the handler blocks, and the link to the frame that resumes when this one
/// returns or yields.
///
/// Frames are plain data so that a generator or coroutine can keep its frame while suspended and
/// the dispatch loop can switch frames without recursing in Swift (style example 7).
public final class Frame {
    /// A `try`/`with` handler: where to jump, and the stack depth to cut back to.
    struct Block {
        var handler: Int32
        var level: Int32
    }

    /// How a frame's result is delivered to `back` (set by whoever resumed the frame).
    enum Resume {
        /// A normal call: the return value is pushed on the caller's stack.
        case call
        /// Resumed by `forIter` in the caller: a yield pushes the value; a return ends the loop
        /// (pops the iterator and jumps to the target).
        case forIter(Int32)
        /// Resumed by `send` (yield from / await) in the caller: a yield pushes the value and the
        /// caller goes on to pass it out; a return pops the sub-iterator, pushes the value and
        /// jumps to the target.
        case send(Int32)
        /// `__init__` called by a class call: the result must be None and the caller gets the instance.
        case constructor(Value)
    }

    public let code: CodeObject
    let instructions: UnsafeMutablePointer<Instr>
    let constants: UnsafeMutablePointer<Value>
    /// The code's names as interned str objects (`ConstantTable.names`).
    let names: UnsafeMutablePointer<PyStr>
    /// One name-lookup cache per instruction, shared by all frames of the code object.
    let nameCaches: UnsafeMutablePointer<NameCache>
    /// One attribute-lookup cache per instruction, shared by all frames of the code object.
    let attrCaches: UnsafeMutablePointer<AttrCache>
    /// The code's runtime table (kept alive by `code.runtimeCache`), where this frame returns
    /// to be reused (`VM.recycle`).
    unowned(unsafe) let table: ConstantTable
    public let globals: PyDict
    /// Namespace of a module or class body (`loadName`/`storeName`); nil for functions.
    public let namespace: PyDict?
    /// Fast locals `[0, localCount)` followed by the value stack.
    let slots: UnsafeMutablePointer<Value>
    let localCount: Int
    let capacity: Int
    /// Index in `slots` of the next free stack slot.
    var sp: Int
    /// Index of the next instruction to run.
    public var ip = 0
    /// Cells for cellvars then freevars.
    var cells: [PyCell]
    var blocks: [Block] = []
    /// The frame that continues when this one returns or yields (nil while suspended).
    var back: Frame?
    /// The next finished frame of the same code kept for reuse (`ConstantTable.freeFrame`).
    var nextFree: Frame?
    var resume: Resume = .call
    /// When this frame returns or yields, the dispatch loop that started it returns to Swift.
    var isEntry = false
    /// The generator owning this frame, if any. Not a weak reference (those cost a side-table
    /// allocation per frame): the generator clears it in its deinit, so it never dangles.
    unowned(unsafe) var generator: PyGenerator?
    /// A stand-in for a library function implemented natively (`VM.withLibraryFrame`): not
    /// the program's own code, so locations reported to observers skip it.
    var isLibrary = false
    /// The exception currently handled in this frame (`sys.exc_info()`), set by `pushExcInfo`.
    var handled: PyException?
    /// Set while suspended inside `yield from`/`await` (the sub-iterator is on top of the stack).
    var delegating = false
    /// How much this frame counts toward the recursion limit (2 for `__init__` run by a class
    /// call: CPython counts the type call too).
    var depthCost = 1

    init(code: CodeObject, globals: PyDict, namespace: PyDict?, constants: ConstantTable) {
        self.code = code
        self.instructions = code.instructionPointer
        self.constants = constants.values
        self.names = constants.names
        self.nameCaches = constants.nameCaches
        self.attrCaches = constants.attrCaches
        self.table = constants
        self.globals = globals
        self.namespace = namespace
        self.localCount = code.varnames.count
        self.capacity = localCount + code.stackSize
        self.slots = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        self.slots.initialize(repeating: .null, count: capacity)
        self.sp = localCount
        self.cells = []
    }

    deinit {
        slots.deinitialize(count: capacity)
        slots.deallocate()
    }

    // MARK: value stack

    // Slots at and above `sp` always hold `.null` (which owns nothing), so a push initializes
    // the slot without destroying the old value, and a pop moves the value out: no reference
    // count traffic for the stack itself.

    @inline(__always) func push(_ v: __owned Value) {
        (slots + sp).initialize(to: v)
        sp += 1
    }

    @inline(__always) func pop() -> Value {
        sp -= 1
        let v = (slots + sp).move()
        (slots + sp).initialize(to: .null)
        return v
    }

    @inline(__always) var top: Value {
        get { slots[sp - 1] }
        set { slots[sp - 1] = newValue }
    }

    /// The value `n` places below the top (0 = top).
    @inline(__always) func peek(_ n: Int) -> Value { slots[sp - 1 - n] }

    /// Pops `n` values, returned bottom-first.
    func popMany(_ n: Int) -> [Value] {
        let start = sp - n
        var out = [Value]()
        out.reserveCapacity(n)
        for i in start..<sp {
            out.append(slots[i])
            slots[i] = .null
        }
        sp = start
        return out
    }

    /// Drops values down to absolute stack index `level` (relative to the stack base).
    func unwind(to level: Int) {
        let target = localCount + level
        while sp > target { sp -= 1; slots[sp] = .null }
    }

    /// Makes a returned frame fresh for another call of the same code: locals and cells are
    /// released now, as they would be if the frame died. Fields a plain call never changes
    /// are only written when they differ: this runs once per call, and every store of a
    /// reference or of `resume` (which can hold a value) costs a release check.
    func reset() {
        for i in 0..<sp where !slots[i].isNull { slots[i] = .null }
        sp = localCount
        ip = 0
        if !cells.isEmpty { cells = [] }
        if !blocks.isEmpty { blocks.removeAll(keepingCapacity: true) }
        if back != nil { back = nil }
        if case .call = resume {} else { resume = .call }
        isEntry = false
        if handled != nil { handled = nil }
        delegating = false
        depthCost = 1
    }

    /// Moves the fast locals (first to last, unbound ones skipped) and then the cells out of a
    /// frame that failed, for the traceback that now owns them (`PyTraceback.keepAlive`).
    func moveLocals(into out: inout [Value]) {
        for i in 0..<localCount where !slots[i].isNull {
            out.append((slots + i).move())
            (slots + i).initialize(to: .null)
        }
        for c in cells { out.append(.obj(c)) }
        cells = []
    }

    /// Current stack depth relative to the stack base.
    var stackLevel: Int { sp - localCount }

    /// The source line of the instruction that is running (ip points past it).
    public var currentLine: Int {
        let i = max(0, min(ip - 1, code.locations.count - 1))
        return code.locations.isEmpty ? 0 : Int(code.locations[i].line)
    }

    /// The line warnings report for the running instruction: code the compiler generated
    /// without a location (the `e = None; del e` ending `except … as e`) counts as the line
    /// before it, as CPython's `propagate_line_numbers` gives it that line.
    public var propagatedLine: Int {
        if code.locations.isEmpty { return 0 }
        var i = max(0, min(ip - 1, code.locations.count - 1))
        while i > 0 && code.locations[i].line == 0 { i -= 1 }
        return Int(code.locations[i].line)
    }
}
