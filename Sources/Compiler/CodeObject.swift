import BigInt

/// A compile-time constant, as stored in `CodeObject.constants`.
/// The VM turns each into a runtime value once, when the code object is first run.
public enum CodeConstant: Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case bigint(BigInt)
    case float(Double)
    case complexImag(Double)
    case str(String)
    /// A str holding a lone surrogate, as code points (a Swift String cannot hold one).
    case strCodePoints([UInt32])
    case bytes([UInt8])
    case tuple([CodeConstant])
    /// A constant set display (CPython folds `{1, 2, 3}` into a frozenset constant).
    case frozenset([CodeConstant])
    case code(CodeObject)
    case ellipsis
}

/// Where an instruction came from: CPython's (line, end line, column, end column), columns in
/// code points, 0-based, end exclusive. Line 0 means "no location" (synthesised code).
public struct SourceLoc: Sendable, Equatable {
    public var line: Int32
    public var endLine: Int32
    public var column: Int32
    public var endColumn: Int32
    /// What the traceback's `~~~^~~~` anchors come from. CPython re-parses the failing segment and
    /// looks for a BinOp or Subscript; we record what the parser already knew instead.
    public var anchor: Anchor = .none

    /// Anchor columns (absolute, code points) for the traceback's location line.
    public enum Anchor: Sendable, Equatable {
        case none
        /// A binary operation: end of the left operand and start of the right one (the operator is
        /// the first non-blank character between them, as CPython scans it).
        case binary(leftEnd: Int32, rightStart: Int32)
        /// A subscript: end of the value and end of the slice expression.
        case `subscript`(valueEnd: Int32, sliceEnd: Int32)
    }

    public init(line: Int, column: Int, endLine: Int, endColumn: Int, anchor: Anchor = .none) {
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
        self.endLine = Int32(truncatingIfNeeded: endLine)
        self.endColumn = Int32(truncatingIfNeeded: endColumn)
        self.anchor = anchor
    }

    public static let none = SourceLoc(line: 0, column: 0, endLine: 0, endColumn: 0)
}

/// Flags of a code object (CPython's `co_flags`, the subset we need).
public struct CodeFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// The function takes `*args`.
    public static let varargs = CodeFlags(rawValue: 1 << 0)
    /// The function takes `**kwargs`.
    public static let varkeywords = CodeFlags(rawValue: 1 << 1)
    /// Calling it creates a generator.
    public static let generator = CodeFlags(rawValue: 1 << 2)
    /// Calling it creates a coroutine (`async def`).
    public static let coroutine = CodeFlags(rawValue: 1 << 3)
    /// Calling it creates an async generator.
    public static let asyncGenerator = CodeFlags(rawValue: 1 << 4)
    /// Module or class body: names resolve through a namespace dict (`loadName`).
    public static let namespaceScope = CodeFlags(rawValue: 1 << 5)
    /// A class body (so `__class__` cell is created and `loadClassDeref` is used).
    public static let classBody = CodeFlags(rawValue: 1 << 6)
}

/// A compiled function, class body or module: the unit the VM runs in one frame.
///
/// Immutable after the compiler finishes it. Instructions live in a buffer owned by the object so
/// the dispatch loop reads them through a raw pointer without retain/release traffic.
public final class CodeObject: @unchecked Sendable {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, …).
    public let name: String
    /// Dotted name used in reprs (`C.method.<locals>.inner`).
    public let qualname: String
    /// File name printed in tracebacks.
    public let filename: String
    /// Line of the `def` (or 1 for a module).
    public let firstLine: Int
    /// Number of positional parameters (including positional-only).
    public let argCount: Int
    /// Number of positional-only parameters.
    public let posOnlyArgCount: Int
    /// Number of keyword-only parameters.
    public let kwOnlyArgCount: Int
    public let flags: CodeFlags
    /// Local variable names; parameters first, in order (positional, kw-only, *args, **kwargs).
    public let varnames: [String]
    /// Locals captured by inner functions (they live in cells).
    public let cellvars: [String]
    /// Variables captured from enclosing functions.
    public let freevars: [String]
    /// For each cellvar that is also a parameter, the parameter's index (else -1): its value is
    /// moved into the cell when the frame starts.
    public let cellToArg: [Int]
    /// Global, attribute and imported names referenced by index.
    public let names: [String]
    public let constants: [CodeConstant]
    /// The instructions (also available through `instructionPointer`).
    public let instructions: [Instr]
    /// Source location of each instruction (same count as `instructions`).
    public let locations: [SourceLoc]
    /// Largest value-stack depth the code can reach.
    public let stackSize: Int
    /// Stable pointer to the instructions for the dispatch loop.
    public let instructionPointer: UnsafeMutablePointer<Instr>
    /// Slot for the VM to cache runtime values of `constants` (the compiler leaves it nil).
    public var runtimeCache: AnyObject?
    /// Function entries, resumptions and backward jumps left before CPython 3.11 would have
    /// quickened this code (QUICKENING_WARMUP_DELAY = 8 RESUME/JUMP_BACKWARD executions).
    /// Until then CPython calls builtins through its generic path, which counts each call
    /// toward the recursion limit; the VM counts down here so RecursionError depths match.
    public var warmupLeft = 8

    public init(name: String, qualname: String, filename: String, firstLine: Int,
                argCount: Int, posOnlyArgCount: Int, kwOnlyArgCount: Int, flags: CodeFlags,
                varnames: [String], cellvars: [String], freevars: [String], names: [String],
                constants: [CodeConstant], instructions: [Instr], locations: [SourceLoc]) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
        self.argCount = argCount
        self.posOnlyArgCount = posOnlyArgCount
        self.kwOnlyArgCount = kwOnlyArgCount
        self.flags = flags
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.cellToArg = cellvars.map { varnames.firstIndex(of: $0) ?? -1 }
        self.names = names
        self.constants = constants
        self.instructions = instructions
        self.locations = locations
        self.stackSize = StackDepth.compute(instructions) + 2
        let buf = UnsafeMutablePointer<Instr>.allocate(capacity: max(instructions.count, 1))
        buf.initialize(from: instructions, count: instructions.count)
        self.instructionPointer = buf
    }

    deinit {
        instructionPointer.deinitialize(count: instructions.count)
        instructionPointer.deallocate()
    }

    /// Number of parameters including `*args`/`**kwargs`.
    public var totalArgCount: Int {
        argCount + kwOnlyArgCount + (flags.contains(.varargs) ? 1 : 0) + (flags.contains(.varkeywords) ? 1 : 0)
    }

    public var isGenerator: Bool { flags.contains(.generator) }
    public var isCoroutine: Bool { flags.contains(.coroutine) }
    public var isAsyncGenerator: Bool { flags.contains(.asyncGenerator) }
}
