import BigInt
import Syntax

extension Compiler {
    func binaryOp(_ op: BinaryOperator) -> BinaryOp {
        switch op {
        case .add: return .add
        case .sub: return .sub
        case .mult: return .mul
        case .div: return .truediv
        case .floorDiv: return .floordiv
        case .mod: return .mod
        case .pow: return .pow
        case .lShift: return .lshift
        case .rShift: return .rshift
        case .bitOr: return .or
        case .bitXor: return .xor
        case .bitAnd: return .and
        case .matMult: return .matmul
        }
    }

    func constant(_ c: Syntax.Constant) -> CodeConstant {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return .ellipsis
        case .int(let lit):
            if let v = lit.intValue { return .int(v) }
            return .bigint(BigInt(lit.digits, radix: lit.radix) ?? 0)
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        case .codePoints(let c): return .strCodePoints(c)
        case .bytes(let b): return .bytes(b)
        }
    }

    func compile(_ e: Expr) throws {
        switch e.kind {
        case .constant(let c):
            setLoc(e.span)
            loadConst(constant(c))
        case .name(let id, _):
            setLoc(e.span)
            emitLoad(id)
        case .boolOp(let op, let values):
            let end = unit.newLabel()
            for (i, v) in values.enumerated() {
                try compile(v)
                if i < values.count - 1 {
                    setLoc(e.span)
                    unit.emitJump(op == .and ? .jumpIfFalseOrPop(0) : .jumpIfTrueOrPop(0), end)
                }
            }
            unit.bind(end)
        case .namedExpr(let target, let value):
            try compile(value)
            unit.emit(.copy(1))
            try compileStore(target)
        case .binOp(let l, let op, let r, _):
            try compile(l)
            try compile(r)
            setLoc(e.span, anchor: .binary(leftEnd: Int32(l.span.endColumn), rightStart: Int32(r.span.column)))
            if l.span.endLine != r.span.line { setLoc(e.span) }
            unit.emit(.binary(binaryOp(op)))
        case .unaryOp(let op, let operand):
            try compile(operand)
            setLoc(e.span)
            switch op {
            case .invert: unit.emit(.unary(.invert))
            case .not: unit.emit(.unary(.not))
            case .uAdd: unit.emit(.unary(.pos))
            case .uSub: unit.emit(.unary(.neg))
            }
        case .lambda(let args, let body): try compileLambda(args, body, e.span)
        case .ifExp(let test, let body, let orelse):
            let elseLabel = unit.newLabel(), end = unit.newLabel()
            try compileJumpIf(test, false, elseLabel)
            try compile(body)
            unit.emitJump(.jump(0), end)
            unit.bind(elseLabel)
            try compile(orelse)
            unit.bind(end)
        case .dict(let keys, let values): try compileDict(keys, values, e.span)
        case .set(let elts):
            try compileSequence(elts, e.span, build: { .buildSet($0) }, add: { .setUpdate($0) }, isSet: true)
        case .list(let elts, _):
            try compileSequence(elts, e.span, build: { .buildList($0) }, add: { .listExtend($0) }, isSet: false)
        case .tuple(let elts, _):
            if elts.allSatisfy({ isConstant($0) }) && !elts.isEmpty {
                setLoc(e.span)
                loadConst(.tuple(elts.map { constValue($0) }))
            } else if elts.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                try compileSequence(elts, e.span, build: { .buildList($0) }, add: { .listExtend($0) }, isSet: false)
                unit.emit(.listToTuple)
            } else {
                for x in elts { try compile(x) }
                setLoc(e.span)
                unit.emit(.buildTuple(Int32(elts.count)))
            }
        case .listComp(let elt, let gens): try compileComprehension("listcomp", e.span, gens, .list(elt))
        case .setComp(let elt, let gens): try compileComprehension("setcomp", e.span, gens, .set(elt))
        case .dictComp(let k, let v, let gens): try compileComprehension("dictcomp", e.span, gens, .dict(k, v))
        case .generatorExp(let elt, let gens): try compileComprehension("genexpr", e.span, gens, .generator(elt))
        case .await(let v):
            guard unit.scope.isCoroutine || (unit.scope.kind == .comprehension && unit.scope.hasAwait) else {
                if unit.scope.kind == .module || unit.scope.kind == .classBody {
                    throw error("'await' outside function", e.span)
                }
                throw error("'await' outside async function", e.span)
            }
            try compile(v)
            setLoc(e.span)
            unit.emit(.getAwaitable(0))
            loadConst(.none)
            emitYieldFromLoop()
        case .yield(let v):
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", e.span) }
            if let v = v { try compile(v) } else { loadConst(.none) }
            setLoc(e.span)
            unit.emit(.yieldValue)
        case .yieldFrom(let v):
            guard unit.scope.isFunctionLike else { throw error("'yield from' outside function", e.span) }
            if unit.scope.isCoroutine { throw error("'yield from' inside async function", e.span) }
            try compile(v)
            setLoc(e.span)
            unit.emit(.getYieldFromIter)
            loadConst(.none)
            emitYieldFromLoop()
        case .compare(let left, let ops, let comparators): try compileCompare(left, ops, comparators, e.span)
        case .call(let fn, let args, let keywords): try compileCall(fn, args, keywords, e.span)
        case .formattedValue(let value, let conversion, let spec):
            try compile(value)
            if let spec = spec { try compile(spec) }
            setLoc(e.span)
            let conv: Int8
            switch conversion {
            case .none: conv = 0
            case .str: conv = 1
            case .repr: conv = 2
            case .ascii: conv = 3
            }
            unit.emit(.formatValue(conversion: conv, hasSpec: spec != nil))
        case .joinedStr(let parts):
            if parts.count == 1, case .constant = parts[0].kind {
                try compile(parts[0])
            } else {
                for p in parts { try compile(p) }
                setLoc(e.span)
                if parts.isEmpty { loadConst(.str("")) } else if parts.count > 1 { unit.emit(.buildString(Int32(parts.count))) }
                else if case .formattedValue = parts[0].kind {} else { unit.emit(.buildString(1)) }
            }
        case .attribute(let value, let attr, _):
            try compile(value)
            setLoc(e.span)
            unit.emit(.loadAttr(unit.name(attr)))
        case .subscript(let value, let slice, _):
            try compile(value)
            try compileSubscriptIndex(slice)
            setLoc(e.span, anchor: .subscript(valueEnd: Int32(value.span.endColumn), sliceEnd: Int32(slice.span.endColumn) + 1))
            if value.span.endLine != e.span.endLine { setLoc(e.span) }
            unit.emit(.binarySubscr)
        case .starred:
            throw error("can't use starred expression here", e.span)
        case .slice:
            try compileSubscriptIndex(e)
        }
    }

    func isConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant: return true
        case .tuple(let elts, _): return elts.allSatisfy { isConstant($0) }
        default: return false
        }
    }

    func constValue(_ e: Expr) -> CodeConstant {
        switch e.kind {
        case .constant(let c): return constant(c)
        case .tuple(let elts, _): return .tuple(elts.map { constValue($0) })
        default: return .none
        }
    }

    /// The index of a subscript: a slice builds a slice object.
    func compileSubscriptIndex(_ e: Expr) throws {
        if case .slice(let lo, let hi, let step) = e.kind {
            if let lo = lo { try compile(lo) } else { loadConst(.none) }
            if let hi = hi { try compile(hi) } else { loadConst(.none) }
            if let step = step { try compile(step) }
            setLoc(e.span)
            unit.emit(.buildSlice(step == nil ? 2 : 3))
        } else if case .tuple(let elts, _) = e.kind, elts.contains(where: { if case .slice = $0.kind { return true }; return false }) {
            for x in elts { try compileSubscriptIndex(x) }
            unit.emit(.buildTuple(Int32(elts.count)))
        } else {
            try compile(e)
        }
    }

    /// List, set or tuple display; starred items extend the collection built so far.
    func compileSequence(_ elts: [Expr], _ span: SourceSpan, build: (Int32) -> Instr, add: (Int32) -> Instr, isSet: Bool) throws {
        let hasStar = elts.contains { if case .starred = $0.kind { return true }; return false }
        if isSet && elts.count > 2 && elts.allSatisfy({ isConstant($0) }) {
            // CPython 3.11 builds constant sets from a frozenset constant (which decides the order).
            setLoc(span)
            unit.emit(.buildSet(0))
            loadConst(.frozenset(elts.map { constValue($0) }))
            unit.emit(.setUpdate(1))
            return
        }
        if !hasStar {
            for x in elts { try compile(x) }
            setLoc(span)
            unit.emit(build(Int32(elts.count)))
            return
        }
        setLoc(span)
        unit.emit(build(0))
        for x in elts {
            if case .starred(let v, _) = x.kind {
                try compile(v)
                setLoc(span)
                unit.emit(add(1))
            } else {
                try compile(x)
                setLoc(span)
                unit.emit(isSet ? .setAdd(1) : .listAppend(1))
            }
        }
    }

    func compileDict(_ keys: [Expr?], _ values: [Expr], _ span: SourceSpan) throws {
        if !keys.contains(where: { $0 == nil }) {
            for (k, v) in zip(keys, values) {
                try compile(k!)
                try compile(v)
            }
            setLoc(span)
            unit.emit(.buildMap(Int32(keys.count)))
            return
        }
        setLoc(span)
        unit.emit(.buildMap(0))
        for (k, v) in zip(keys, values) {
            if let k = k {
                try compile(k)
                try compile(v)
                setLoc(span)
                unit.emit(.mapAdd(1))
            } else {
                try compile(v)
                setLoc(span)
                unit.emit(.dictUpdate(1))
            }
        }
    }

    func compileCompare(_ left: Expr, _ ops: [CompareOperator], _ comparators: [Expr], _ span: SourceSpan) throws {
        try compile(left)
        if ops.count == 1 {
            try compile(comparators[0])
            setLoc(span)
            emitCompare(ops[0])
            return
        }
        let cleanup = unit.newLabel(), end = unit.newLabel()
        for i in 0..<ops.count {
            try compile(comparators[i])
            setLoc(span)
            if i < ops.count - 1 {
                unit.emit(.swap(2))
                unit.emit(.copy(2))
                emitCompare(ops[i])
                unit.emitJump(.jumpIfFalseOrPop(0), cleanup)
            } else {
                emitCompare(ops[i])
            }
        }
        unit.emitJump(.jump(0), end)
        unit.bind(cleanup)
        unit.emit(.swap(2))
        unit.emit(.popTop)
        unit.bind(end)
    }

    func emitCompare(_ op: CompareOperator) {
        switch op {
        case .eq: unit.emit(.compare(.eq))
        case .notEq: unit.emit(.compare(.ne))
        case .lt: unit.emit(.compare(.lt))
        case .ltE: unit.emit(.compare(.le))
        case .gt: unit.emit(.compare(.gt))
        case .gtE: unit.emit(.compare(.ge))
        case .is: unit.emit(.isOp(0))
        case .isNot: unit.emit(.isOp(1))
        case .in: unit.emit(.containsOp(0))
        case .notIn: unit.emit(.containsOp(1))
        }
    }

    /// Jumps to `label` when `test` is `jumpIf` (truthy or falsy); otherwise falls through.
    func compileJumpIf(_ test: Expr, _ jumpIf: Bool, _ label: Int) throws {
        switch test.kind {
        case .unaryOp(.not, let operand):
            try compileJumpIf(operand, !jumpIf, label)
            return
        case .boolOp(let op, let values):
            // and: jump-if-false on any operand; or: jump-if-true on any operand.
            let isAnd = op == .and
            if isAnd != jumpIf {
                for v in values { try compileJumpIf(v, jumpIf, label) }
            } else {
                let skip = unit.newLabel()
                for v in values.dropLast() { try compileJumpIf(v, !jumpIf, skip) }
                try compileJumpIf(values.last!, jumpIf, label)
                unit.bind(skip)
            }
            return
        default:
            try compile(test)
            setLoc(test.span)
            unit.emitJump(jumpIf ? .popJumpIfTrue(0) : .popJumpIfFalse(0), label)
        }
    }

    func compileCall(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword], _ span: SourceSpan) throws {
        let hasStar = args.contains { if case .starred = $0.kind { return true }; return false }
        let hasDoubleStar = keywords.contains { $0.name == nil }
        // Method calls avoid creating a bound method (CPython's LOAD_METHOD).
        if case .attribute(let obj, let attr, _) = fn.kind, !hasStar, !hasDoubleStar {
            try compile(obj)
            setLoc(fn.span)
            unit.emit(.loadMethod(unit.name(attr)))
        } else {
            try compile(fn)
            unit.emit(.pushNull)
        }
        if hasStar || hasDoubleStar {
            if args.count == 1, case .starred(let v, _) = args[0].kind {
                // f(*x): x goes to the call as is (CPython checks it there, naming the function).
                try compile(v)
            } else {
                try compileSequence(args, span, build: { .buildList($0) }, add: { .listExtend($0) }, isSet: false)
                unit.emit(.listToTuple)
            }
            if !keywords.isEmpty {
                unit.emit(.buildMap(0))
                for k in keywords {
                    if let name = k.name {
                        loadConst(.str(name))
                        try compile(k.value)
                        setLoc(span)
                        unit.emit(.mapAdd(1))
                    } else {
                        try compile(k.value)
                        setLoc(span)
                        unit.emit(.dictMerge(1))
                    }
                }
            }
            setLoc(span)
            unit.emit(.callEx(keywords.isEmpty ? 0 : 1))
            return
        }
        for a in args { try compile(a) }
        for k in keywords { try compile(k.value) }
        setLoc(span)
        if keywords.isEmpty {
            unit.emit(.call(Int32(args.count)))
        } else {
            let names = unit.constant(.tuple(keywords.map { .str($0.name!) }))
            unit.emit(.callKw(argc: Int32(args.count + keywords.count), names: names))
        }
    }
}
