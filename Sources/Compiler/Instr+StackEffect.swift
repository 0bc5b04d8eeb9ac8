/// Stack effects of instructions, used to size each frame's value stack.
extension Instr {
    /// Change in stack depth when execution falls through to the next instruction, and when it
    /// takes the jump (nil when the instruction does not jump).
    public var stackEffect: (next: Int, jump: Int?) {
        switch self {
        case .jump: return (0, 0)
        case .popTop: return (-1, nil)
        case .copy: return (1, nil)
        case .swap: return (0, nil)
        case .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadName, .loadGlobal:
            return (1, nil)
        case .storeFast, .storeDeref, .storeName, .storeGlobal: return (-1, nil)
        case .deleteFast, .deleteDeref, .deleteName, .deleteGlobal: return (0, nil)
        case .loadAttr: return (0, nil)
        case .storeAttr: return (-2, nil)
        case .deleteAttr: return (-1, nil)
        case .loadMethod: return (1, nil)
        case .binarySubscr: return (-1, nil)
        case .storeSubscr: return (-3, nil)
        case .deleteSubscr: return (-2, nil)
        case .binary, .inplace, .compare, .isOp, .containsOp: return (-1, nil)
        case .unary: return (0, nil)
        case .buildTuple(let n), .buildList(let n), .buildSet(let n), .buildString(let n):
            return (1 - Int(n), nil)
        case .buildMap(let n): return (1 - 2 * Int(n), nil)
        case .buildSlice(let n): return (1 - Int(n), nil)
        case .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge: return (-1, nil)
        case .mapAdd: return (-2, nil)
        case .listToTuple: return (0, nil)
        case .formatValue(_, let hasSpec): return (hasSpec ? -1 : 0, nil)
        case .unpackSequence(let n): return (Int(n) - 1, nil)
        case .unpackEx(let b, let a): return (Int(b) + Int(a), nil)
        case .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone: return (-1, -1)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return (-1, 0)
        case .getIter, .getYieldFromIter, .getAwaitable, .getAIter: return (0, nil)
        case .forIter: return (1, -1)
        case .getANext: return (1, nil)
        case .endAsyncFor: return (-2, nil)
        case .send: return (0, -1)
        case .yieldValue: return (0, nil)
        case .returnValue: return (-1, nil)
        case .makeFunction(let f):
            let extras = (f & 1 != 0 ? 1 : 0) + (f & 2 != 0 ? 1 : 0) + (f & 4 != 0 ? 1 : 0) + (f & 8 != 0 ? 1 : 0)
            return (-1 - extras, nil)
        case .call(let n): return (-1 - Int(n), nil)
        case .callKw(let n, _): return (-1 - Int(n), nil)
        case .callEx(let k): return (-2 - Int(k), nil)
        case .pushNull, .loadBuildClass, .loadLocals, .loadAssertionError, .timeStart: return (1, nil)
        case .setupFinally: return (0, 1)
        case .pushExcInfo: return (1, nil)
        case .popExcept: return (-1, nil)
        case .reraise: return (-1, nil)
        case .checkExcMatch: return (0, nil)
        case .checkEgMatch: return (0, nil)
        case .prepReraiseStar: return (-1, nil)
        case .raise(let n): return (-Int(n), nil)
        case .beforeWith, .beforeAsyncWith: return (1, nil)
        case .withExceptStart: return (1, nil)
        case .importName: return (-1, nil)
        case .importFrom: return (1, nil)
        case .timeEnd: return (-1, nil)
        case .printExpr: return (-1, nil)
        case .nop, .popBlock, .setupAnnotations, .unsupported: return (0, nil)
        }
    }

    /// True when execution never falls through to the next instruction.
    public var isTerminal: Bool {
        switch self {
        case .jump, .returnValue, .reraise, .raise, .unsupported: return true
        default: return false
        }
    }
}

/// Computes the largest stack depth reachable in a code object by walking the control flow.
enum StackDepth {
    static func compute(_ code: [Instr]) -> Int {
        guard !code.isEmpty else { return 0 }
        var depthAt = [Int](repeating: -1, count: code.count + 1)
        var work = [0]
        depthAt[0] = 0
        var maxDepth = 0
        while let start = work.popLast() {
            var pc = start
            var depth = depthAt[pc]
            while pc < code.count {
                let ins = code[pc]
                let (next, jump) = ins.stackEffect
                if let jump = jump, let target = ins.jumpTarget {
                    let d = depth + jump
                    maxDepth = max(maxDepth, d)
                    if target < depthAt.count && depthAt[target] < d {
                        depthAt[target] = d
                        work.append(target)
                    }
                }
                depth += next
                maxDepth = max(maxDepth, depth)
                if ins.isTerminal { break }
                pc += 1
                if depthAt[pc] >= depth { break }
                depthAt[pc] = depth
            }
        }
        return maxDepth
    }
}

extension Instr {
    /// The jump target of a jumping instruction.
    public var jumpTarget: Int? {
        switch self {
        case .jump(let t), .popJumpIfFalse(let t), .popJumpIfTrue(let t), .jumpIfFalseOrPop(let t),
             .jumpIfTrueOrPop(let t), .popJumpIfNone(let t), .popJumpIfNotNone(let t), .forIter(let t),
             .send(let t), .setupFinally(let t):
            return Int(t)
        default:
            return nil
        }
    }

    /// The same instruction with its jump target replaced (used when patching forward jumps).
    public func withTarget(_ t: Int) -> Instr {
        let t = Int32(t)
        switch self {
        case .jump: return .jump(t)
        case .popJumpIfFalse: return .popJumpIfFalse(t)
        case .popJumpIfTrue: return .popJumpIfTrue(t)
        case .jumpIfFalseOrPop: return .jumpIfFalseOrPop(t)
        case .jumpIfTrueOrPop: return .jumpIfTrueOrPop(t)
        case .popJumpIfNone: return .popJumpIfNone(t)
        case .popJumpIfNotNone: return .popJumpIfNotNone(t)
        case .forIter: return .forIter(t)
        case .send: return .send(t)
        case .setupFinally: return .setupFinally(t)
        default: return self
        }
    }
}
