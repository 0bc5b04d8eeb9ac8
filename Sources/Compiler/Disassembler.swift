/// Human-readable listings of code objects, for debugging and tests.
public enum Disassembler {
    /// One line per instruction: index, line number, mnemonic and operands, with names and
    /// constants resolved. Nested code objects are listed after their parent.
    public static func listing(_ code: CodeObject, recursive: Bool = true) -> String {
        var out = "Disassembly of <code \(code.qualname)>:\n"
        for (i, ins) in code.instructions.enumerated() {
            let line = code.locations[i].line
            let pad = String(repeating: " ", count: max(0, 4 - String(i).count))
            out += "\(pad)\(i)  L\(line)  \(describe(ins, in: code))\n"
        }
        if recursive {
            for c in code.constants {
                if case .code(let inner) = c { out += "\n" + listing(inner) }
            }
        }
        return out
    }

    static func name(_ code: CodeObject, _ i: Int32) -> String {
        Int(i) < code.names.count ? code.names[Int(i)] : "?\(i)"
    }

    static func local(_ code: CodeObject, _ i: Int32) -> String {
        Int(i) < code.varnames.count ? code.varnames[Int(i)] : "?\(i)"
    }

    static func cell(_ code: CodeObject, _ i: Int32) -> String {
        let all = code.cellvars + code.freevars
        return Int(i) < all.count ? all[Int(i)] : "?\(i)"
    }

    static func constant(_ code: CodeObject, _ i: Int32) -> String {
        guard Int(i) < code.constants.count else { return "?\(i)" }
        return describe(code.constants[Int(i)])
    }

    static func describe(_ c: CodeConstant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let v): return String(v)
        case .bigint(let v): return String(v)
        case .float(let v): return String(v)
        case .complexImag(let v): return "\(v)j"
        case .str(let s): return "'\(s)'"
        case .strCodePoints(let c): return "'" + c.map { String($0, radix: 16) }.joined(separator: " ") + "'"
        case .bytes(let b): return "b<\(b.count) bytes>"
        case .tuple(let items): return "(" + items.map(describe).joined(separator: ", ") + ")"
        case .frozenset(let items): return "frozenset({" + items.map(describe).joined(separator: ", ") + "})"
        case .code(let c): return "<code \(c.qualname)>"
        case .ellipsis: return "Ellipsis"
        }
    }

    /// The mnemonic and operands of one instruction.
    public static func describe(_ ins: Instr, in code: CodeObject) -> String {
        switch ins {
        case .nop: return "NOP"
        case .popTop: return "POP_TOP"
        case .copy(let n): return "COPY \(n)"
        case .swap(let n): return "SWAP \(n)"
        case .loadConst(let i): return "LOAD_CONST \(constant(code, i))"
        case .loadFast(let i): return "LOAD_FAST \(local(code, i))"
        case .storeFast(let i): return "STORE_FAST \(local(code, i))"
        case .deleteFast(let i): return "DELETE_FAST \(local(code, i))"
        case .loadDeref(let i): return "LOAD_DEREF \(cell(code, i))"
        case .storeDeref(let i): return "STORE_DEREF \(cell(code, i))"
        case .deleteDeref(let i): return "DELETE_DEREF \(cell(code, i))"
        case .loadClosure(let i): return "LOAD_CLOSURE \(cell(code, i))"
        case .loadClassDeref(let i): return "LOAD_CLASSDEREF \(cell(code, i))"
        case .loadName(let i): return "LOAD_NAME \(name(code, i))"
        case .storeName(let i): return "STORE_NAME \(name(code, i))"
        case .deleteName(let i): return "DELETE_NAME \(name(code, i))"
        case .loadGlobal(let i): return "LOAD_GLOBAL \(name(code, i))"
        case .storeGlobal(let i): return "STORE_GLOBAL \(name(code, i))"
        case .deleteGlobal(let i): return "DELETE_GLOBAL \(name(code, i))"
        case .loadAttr(let i): return "LOAD_ATTR \(name(code, i))"
        case .storeAttr(let i): return "STORE_ATTR \(name(code, i))"
        case .deleteAttr(let i): return "DELETE_ATTR \(name(code, i))"
        case .loadMethod(let i): return "LOAD_METHOD \(name(code, i))"
        case .binarySubscr: return "BINARY_SUBSCR"
        case .storeSubscr: return "STORE_SUBSCR"
        case .deleteSubscr: return "DELETE_SUBSCR"
        case .binary(let op): return "BINARY_OP \(op.symbol)"
        case .inplace(let op): return "BINARY_OP \(op.symbol)="
        case .unary(let op): return "UNARY \(op)"
        case .compare(let op): return "COMPARE_OP \(op.symbol)"
        case .isOp(let i): return "IS_OP \(i)"
        case .containsOp(let i): return "CONTAINS_OP \(i)"
        case .buildTuple(let n): return "BUILD_TUPLE \(n)"
        case .buildList(let n): return "BUILD_LIST \(n)"
        case .buildSet(let n): return "BUILD_SET \(n)"
        case .buildMap(let n): return "BUILD_MAP \(n)"
        case .buildString(let n): return "BUILD_STRING \(n)"
        case .buildSlice(let n): return "BUILD_SLICE \(n)"
        case .listAppend(let n): return "LIST_APPEND \(n)"
        case .setAdd(let n): return "SET_ADD \(n)"
        case .mapAdd(let n): return "MAP_ADD \(n)"
        case .listExtend(let n): return "LIST_EXTEND \(n)"
        case .setUpdate(let n): return "SET_UPDATE \(n)"
        case .dictUpdate(let n): return "DICT_UPDATE \(n)"
        case .dictMerge(let n): return "DICT_MERGE \(n)"
        case .listToTuple: return "LIST_TO_TUPLE"
        case .formatValue(let c, let s): return "FORMAT_VALUE \(c)\(s ? " spec" : "")"
        case .unpackSequence(let n): return "UNPACK_SEQUENCE \(n)"
        case .unpackEx(let b, let a): return "UNPACK_EX \(b) \(a)"
        case .jump(let t): return "JUMP \(t)"
        case .popJumpIfFalse(let t): return "POP_JUMP_IF_FALSE \(t)"
        case .popJumpIfTrue(let t): return "POP_JUMP_IF_TRUE \(t)"
        case .jumpIfFalseOrPop(let t): return "JUMP_IF_FALSE_OR_POP \(t)"
        case .jumpIfTrueOrPop(let t): return "JUMP_IF_TRUE_OR_POP \(t)"
        case .popJumpIfNone(let t): return "POP_JUMP_IF_NONE \(t)"
        case .popJumpIfNotNone(let t): return "POP_JUMP_IF_NOT_NONE \(t)"
        case .getIter: return "GET_ITER"
        case .forIter(let t): return "FOR_ITER \(t)"
        case .getYieldFromIter: return "GET_YIELD_FROM_ITER"
        case .getAwaitable(let w): return "GET_AWAITABLE \(w)"
        case .getAIter: return "GET_AITER"
        case .getANext: return "GET_ANEXT"
        case .endAsyncFor: return "END_ASYNC_FOR"
        case .send(let t): return "SEND \(t)"
        case .yieldValue: return "YIELD_VALUE"
        case .returnValue: return "RETURN_VALUE"
        case .makeFunction(let f): return "MAKE_FUNCTION \(f)"
        case .call(let n): return "CALL \(n)"
        case .callKw(let n, let names): return "CALL_KW \(n) \(constant(code, names))"
        case .callEx(let k): return "CALL_FUNCTION_EX \(k)"
        case .pushNull: return "PUSH_NULL"
        case .loadBuildClass: return "LOAD_BUILD_CLASS"
        case .loadLocals: return "LOAD_LOCALS"
        case .setupAnnotations: return "SETUP_ANNOTATIONS"
        case .setupFinally(let t): return "SETUP_FINALLY \(t)"
        case .popBlock: return "POP_BLOCK"
        case .pushExcInfo: return "PUSH_EXC_INFO"
        case .popExcept: return "POP_EXCEPT"
        case .reraise: return "RERAISE"
        case .checkExcMatch: return "CHECK_EXC_MATCH"
        case .checkEgMatch: return "CHECK_EG_MATCH"
        case .prepReraiseStar: return "PREP_RERAISE_STAR"
        case .raise(let n): return "RAISE_VARARGS \(n)"
        case .loadAssertionError: return "LOAD_ASSERTION_ERROR"
        case .beforeWith: return "BEFORE_WITH"
        case .beforeAsyncWith: return "BEFORE_ASYNC_WITH"
        case .withExceptStart: return "WITH_EXCEPT_START"
        case .importName(let i): return "IMPORT_NAME \(name(code, i))"
        case .importFrom(let i): return "IMPORT_FROM \(name(code, i))"
        case .timeStart: return "TIME_START"
        case .timeEnd: return "TIME_END"
        case .printExpr: return "PRINT_EXPR"
        case .unsupported(let i): return "UNSUPPORTED \(constant(code, i))"
        }
    }
}
