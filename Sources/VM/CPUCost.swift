import Compiler

/// The CPU model (DESIGN §4): with `--cpu-model`, every executed instruction charges the
/// virtual clock the CPython cost of the source-level operation it stands for
/// (`CPUCostTable`, calibrated once by scripts/calibrate_cpu_model.py and committed), so a
/// lesson's times never depend on the machine or on how fast looplab's interpreter is.
///
/// Kinds, not instructions, are priced: an instruction the compiler adds for its own
/// bookkeeping (block setup, `PUSH_NULL`, `COPY`) costs what a local-variable access costs,
/// and a future fused or specialised instruction must charge the sum of the operations it
/// replaces. A call to a Python function costs `call` at the call site plus `frame` at the
/// callee's return; a builtin pulling items from an iterator (`sum`, `list`, `sorted` …) costs
/// `item` per item on top of whatever the iterator itself runs.
extension Instr {
    @inline(__always)
    var cpuCost: Int64 {
        switch self {
        case .nop, .popTop, .copy, .swap, .loadConst, .loadFast, .storeFast, .deleteFast,
             .loadClosure, .pushNull, .setupFinally, .popBlock, .pushExcInfo, .popExcept,
             .reraise, .checkExcMatch, .checkEgMatch, .prepReraiseStar, .loadAssertionError,
             .loadLocals, .endAsyncFor:
            return CPUCostTable.local
        case .loadDeref, .storeDeref, .deleteDeref, .loadClassDeref, .loadName, .storeName,
             .deleteName, .loadGlobal, .storeGlobal, .deleteGlobal, .loadBuildClass:
            return CPUCostTable.name
        case .loadAttr, .storeAttr, .deleteAttr, .loadMethod:
            return CPUCostTable.attribute
        case .binarySubscr, .storeSubscr, .deleteSubscr, .buildSlice:
            return CPUCostTable.subscription
        case .binary, .inplace, .unary:
            return CPUCostTable.arithmetic
        case .compare, .isOp, .containsOp:
            return CPUCostTable.compare
        case .buildTuple, .buildList, .buildSet, .buildMap, .listAppend, .setAdd, .mapAdd,
             .listExtend, .setUpdate, .dictUpdate, .dictMerge, .listToTuple, .unpackSequence,
             .unpackEx:
            return CPUCostTable.build
        case .buildString, .formatValue:
            return CPUCostTable.string
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop,
             .popJumpIfNone, .popJumpIfNotNone:
            return CPUCostTable.branch
        case .getIter, .forIter, .getAIter, .getANext:
            return CPUCostTable.iteration
        case .getYieldFromIter, .getAwaitable, .send, .yieldValue:
            return CPUCostTable.yield
        case .returnValue:
            return CPUCostTable.frame
        case .call, .callKw, .callEx, .beforeWith, .beforeAsyncWith, .withExceptStart:
            return CPUCostTable.call
        case .makeFunction, .setupAnnotations:
            return CPUCostTable.define
        case .importName, .importFrom:
            return CPUCostTable.importing
        case .raise:
            return CPUCostTable.raise
        case .timeStart, .timeEnd, .printExpr, .unsupported:
            return 0
        }
    }
}

/// How the dispatch loop accounts CPU time: two specialisations of one loop, so that
/// without `--cpu-model` the loop contains no trace of the model.
protocol CPUAccounting {
    static var charges: Bool { get }
}

enum CPUFree: CPUAccounting {
    @inline(__always) static var charges: Bool { false }
}

enum CPUCharged: CPUAccounting {
    @inline(__always) static var charges: Bool { true }
}

extension VM {
    /// Hands the CPU time accumulated since the last call to the clock (whole nanoseconds;
    /// the remainder waits for the next call). Called wherever time becomes observable: clock
    /// reads, `time.sleep`, the end of a task step or loop callback, thread submission, exit.
    public func flushCPU() {
        guard cpuPicos >= 1000 else { return }
        let ns = cpuPicos / 1000
        cpuPicos -= ns * 1000
        cpuNanoseconds += ns
        options.clock.chargeCPU(Int(ns))
    }

    /// `time.monotonic()` and friends: the clock after the CPU time spent so far.
    public var clockNow: Int {
        flushCPU()
        return options.clock.now
    }

    /// A builtin pulled one item from an iterator.
    @inline(__always)
    func chargeItem() {
        if options.cpuModel { cpuPicos &+= CPUCostTable.item }
    }
}
