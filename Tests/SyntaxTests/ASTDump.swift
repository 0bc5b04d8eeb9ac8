@testable import Syntax

/// Dumps our AST in the format gen_ast_fixtures.py uses for CPython's (`ast` node names and
/// field order; constants in a neutral notation), plus the positions of every node that
/// carries one in CPython.
struct ASTDump {
    var positions: [String] = []

    mutating func dump(_ body: [Stmt]) -> String { list(body.map { stmt($0) }) }

    func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    mutating func pos(_ name: String, _ s: SourceSpan) {
        positions.append("\(name)@\(s.line):\(s.column)-\(s.endLine):\(s.endColumn)")
    }

    func opt(_ e: Expr?, _ f: (Expr) -> String) -> String { e.map(f) ?? "None" }

    mutating func stmts(_ body: [Stmt]) -> String { list(body.map { stmt($0) }) }
    mutating func exprs(_ es: [Expr]) -> String { list(es.map { expr($0) }) }
    mutating func optExpr(_ e: Expr?) -> String {
        guard let e else { return "None" }
        return expr(e)
    }

    mutating func stmt(_ s: Stmt) -> String {
        if case .timeMagic(let inner) = s.kind {
            pos("TimeMagic", s.span)
            return "TimeMagic(statement=\(stmt(inner)))"
        }
        let name: String
        switch s.kind {
        case .functionDef(let f): name = f.isAsync ? "AsyncFunctionDef" : "FunctionDef"
        case .classDef: name = "ClassDef"
        case .return: name = "Return"
        case .delete: name = "Delete"
        case .assign: name = "Assign"
        case .augAssign: name = "AugAssign"
        case .annAssign: name = "AnnAssign"
        case .for(let f): name = f.isAsync ? "AsyncFor" : "For"
        case .while: name = "While"
        case .if: name = "If"
        case .with(let w): name = w.isAsync ? "AsyncWith" : "With"
        case .raise: name = "Raise"
        case .try(let t): name = t.isStar ? "TryStar" : "Try"
        case .assert: name = "Assert"
        case .import: name = "Import"
        case .importFrom: name = "ImportFrom"
        case .global: name = "Global"
        case .nonlocal: name = "Nonlocal"
        case .expr: name = "Expr"
        case .pass: name = "Pass"
        case .break: name = "Break"
        case .continue: name = "Continue"
        case .timeMagic: name = "TimeMagic"
        }
        pos(name, s.span)
        switch s.kind {
        case .functionDef(let f):
            let a = arguments(f.args)
            return "\(name)(name=\(f.name), args=\(a), body=\(stmts(f.body)), decorator_list=\(exprs(f.decorators)), returns=\(optExpr(f.returns)))"
        case .classDef(let c):
            return "ClassDef(name=\(c.name), bases=\(exprs(c.bases)), keywords=\(list(c.keywords.map { keyword($0) })), body=\(stmts(c.body)), decorator_list=\(exprs(c.decorators)))"
        case .return(let v): return "Return(value=\(optExpr(v)))"
        case .delete(let ts): return "Delete(targets=\(exprs(ts)))"
        case .assign(let ts, let v): return "Assign(targets=\(exprs(ts)), value=\(expr(v)))"
        case .augAssign(let t, let op, let v): return "AugAssign(target=\(expr(t)), op=\(binop(op)), value=\(expr(v)))"
        case .annAssign(let t, let a, let v, let simple):
            return "AnnAssign(target=\(expr(t)), annotation=\(expr(a)), value=\(optExpr(v)), simple=\(simple ? 1 : 0))"
        case .for(let f):
            return "\(name)(target=\(expr(f.target)), iter=\(expr(f.iter)), body=\(stmts(f.body)), orelse=\(stmts(f.orelse)))"
        case .while(let t, let b, let o): return "While(test=\(expr(t)), body=\(stmts(b)), orelse=\(stmts(o)))"
        case .if(let t, let b, let o): return "If(test=\(expr(t)), body=\(stmts(b)), orelse=\(stmts(o)))"
        case .with(let w):
            let items = list(w.items.map { "withitem(context_expr=\(expr($0.contextExpr)), optional_vars=\(optExpr($0.optionalVars)))" })
            return "\(name)(items=\(items), body=\(stmts(w.body)))"
        case .raise(let e, let c): return "Raise(exc=\(optExpr(e)), cause=\(optExpr(c)))"
        case .try(let t):
            let body = stmts(t.body)
            let handlers = list(t.handlers.map { h -> String in
                pos("ExceptHandler", h.span)
                return "ExceptHandler(type=\(optExpr(h.type)), name=\(h.name ?? "None"), body=\(stmts(h.body)))"
            })
            return "\(name)(body=\(body), handlers=\(handlers), orelse=\(stmts(t.orelse)), finalbody=\(stmts(t.finalbody)))"
        case .assert(let t, let m): return "Assert(test=\(expr(t)), msg=\(optExpr(m)))"
        case .import(let names): return "Import(names=\(list(names.map { alias($0) })))"
        case .importFrom(let m, let names, let level):
            return "ImportFrom(module=\(m ?? "None"), names=\(list(names.map { alias($0) })), level=\(level))"
        case .global(let names): return "Global(names=[\(names.map { "'\($0)'" }.joined(separator: ", "))])"
        case .nonlocal(let names): return "Nonlocal(names=[\(names.map { "'\($0)'" }.joined(separator: ", "))])"
        case .expr(let e): return "Expr(value=\(expr(e)))"
        case .pass: return "Pass()"
        case .break: return "Break()"
        case .continue: return "Continue()"
        case .timeMagic: return ""
        }
    }

    mutating func alias(_ a: Alias) -> String {
        pos("alias", a.span)
        return "alias(name=\(a.name), asname=\(a.asname ?? "None"))"
    }

    mutating func keyword(_ k: Keyword) -> String {
        pos("keyword", k.span)
        return "keyword(arg=\(k.name ?? "None"), value=\(expr(k.value)))"
    }

    mutating func arg(_ a: Arg) -> String {
        pos("arg", a.span)
        return "arg(arg=\(a.name), annotation=\(optExpr(a.annotation)))"
    }

    mutating func arguments(_ a: Arguments) -> String {
        let posonly = list(a.posonlyargs.map { arg($0) })
        let args = list(a.args.map { arg($0) })
        let vararg = a.vararg.map { arg($0) } ?? "None"
        let kwonly = list(a.kwonlyargs.map { arg($0) })
        let kwDefaults = list(a.kwDefaults.map { optExpr($0) })
        let kwarg = a.kwarg.map { arg($0) } ?? "None"
        let defaults = exprs(a.defaults)
        return "arguments(posonlyargs=\(posonly), args=\(args), vararg=\(vararg), kwonlyargs=\(kwonly), kw_defaults=\(kwDefaults), kwarg=\(kwarg), defaults=\(defaults))"
    }

    func binop(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "Add()"
        case .sub: return "Sub()"
        case .mult: return "Mult()"
        case .div: return "Div()"
        case .floorDiv: return "FloorDiv()"
        case .mod: return "Mod()"
        case .pow: return "Pow()"
        case .lShift: return "LShift()"
        case .rShift: return "RShift()"
        case .bitOr: return "BitOr()"
        case .bitXor: return "BitXor()"
        case .bitAnd: return "BitAnd()"
        case .matMult: return "MatMult()"
        }
    }

    func ctx(_ c: ExprContext) -> String {
        switch c {
        case .load: return "Load()"
        case .store: return "Store()"
        case .del: return "Del()"
        }
    }

    func cmp(_ op: CompareOperator) -> String {
        switch op {
        case .eq: return "Eq()"
        case .notEq: return "NotEq()"
        case .lt: return "Lt()"
        case .ltE: return "LtE()"
        case .gt: return "Gt()"
        case .gtE: return "GtE()"
        case .is: return "Is()"
        case .isNot: return "IsNot()"
        case .in: return "In()"
        case .notIn: return "NotIn()"
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u == "\\" { out += "\\\\" }
            else if u == "'" { out += "\\'" }
            else if u.value >= 32 && u.value < 127 { out.unicodeScalars.append(u) }
            else { out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}" }
        }
        return out
    }

    func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i):
            if i.radix == 10 { return i.digits }
            if let v = i.intValue { return String(v) }
            // Big non-decimal literal: convert with schoolbook arithmetic on decimal digits.
            var decimal: [Int] = [0]  // least significant first
            for ch in i.digits {
                var carry = Int(String(ch), radix: i.radix)!
                for k in decimal.indices {
                    let v = decimal[k] * i.radix + carry
                    decimal[k] = v % 10
                    carry = v / 10
                }
                while carry > 0 { decimal.append(carry % 10); carry /= 10 }
            }
            return decimal.reversed().map(String.init).joined()
        case .float(let d): return "\(d)"
        case .string(let s): return "'" + ASTDump.escape(s) + "'"
        case .codePoints(let cps):
            // Lone surrogates written as the other non-ASCII code points are.
            return "'" + cps.map { c in Unicode.Scalar(c).map { ASTDump.escape(String($0)) }
                ?? "\\u{" + String(c, radix: 16, uppercase: true) + "}" }.joined() + "'"
        case .bytes(let b):
            return "b'" + b.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
        }
    }

    mutating func comprehensions(_ gs: [Comprehension]) -> String {
        list(gs.map { "comprehension(target=\(expr($0.target)), iter=\(expr($0.iter)), ifs=\(exprs($0.ifs)), is_async=\($0.isAsync ? 1 : 0))" })
    }

    /// f-string parts: 3.11 gives them the literal's position; only field expressions are dumped with positions.
    mutating func fstringValues(_ values: [Expr]) -> String {
        list(values.map { v -> String in
            switch v.kind {
            case .constant(let c): return "Constant(\(constant(c)))"
            case .formattedValue(let value, let conversion, let spec):
                let conv: Int
                switch conversion {
                case .none: conv = -1
                case .str: conv = 115
                case .repr: conv = 114
                case .ascii: conv = 97
                }
                let valueDump = expr(value)
                var specDump = "None"
                if let spec, case .joinedStr(let parts) = spec.kind {
                    specDump = "JoinedStr(values=\(fstringValues(parts)))"
                }
                return "FormattedValue(value=\(valueDump), conversion=\(conv), format_spec=\(specDump))"
            default:
                return expr(v)
            }
        })
    }

    mutating func expr(_ e: Expr) -> String {
        let s = e.span
        switch e.kind {
        case .boolOp(let op, let vs):
            pos("BoolOp", s)
            return "BoolOp(op=\(op == .and ? "And()" : "Or()"), values=\(exprs(vs)))"
        case .namedExpr(let t, let v):
            pos("NamedExpr", s)
            return "NamedExpr(target=\(expr(t)), value=\(expr(v)))"
        case .binOp(let l, let op, let r, _):
            pos("BinOp", s)
            return "BinOp(left=\(expr(l)), op=\(binop(op)), right=\(expr(r)))"
        case .unaryOp(let op, let o):
            pos("UnaryOp", s)
            let name = op == .not ? "Not()" : op == .invert ? "Invert()" : op == .uAdd ? "UAdd()" : "USub()"
            return "UnaryOp(op=\(name), operand=\(expr(o)))"
        case .lambda(let a, let b):
            pos("Lambda", s)
            return "Lambda(args=\(arguments(a)), body=\(expr(b)))"
        case .ifExp(let t, let b, let o):
            pos("IfExp", s)
            return "IfExp(test=\(expr(t)), body=\(expr(b)), orelse=\(expr(o)))"
        case .dict(let ks, let vs):
            pos("Dict", s)
            let keys = list(ks.map { optExpr($0) })
            return "Dict(keys=\(keys), values=\(exprs(vs)))"
        case .set(let es):
            pos("Set", s)
            return "Set(elts=\(exprs(es)))"
        case .listComp(let elt, let gs):
            pos("ListComp", s)
            return "ListComp(elt=\(expr(elt)), generators=\(comprehensions(gs)))"
        case .setComp(let elt, let gs):
            pos("SetComp", s)
            return "SetComp(elt=\(expr(elt)), generators=\(comprehensions(gs)))"
        case .dictComp(let k, let v, let gs):
            pos("DictComp", s)
            return "DictComp(key=\(expr(k)), value=\(expr(v)), generators=\(comprehensions(gs)))"
        case .generatorExp(let elt, let gs):
            pos("GeneratorExp", s)
            return "GeneratorExp(elt=\(expr(elt)), generators=\(comprehensions(gs)))"
        case .await(let v):
            pos("Await", s)
            return "Await(value=\(expr(v)))"
        case .yield(let v):
            pos("Yield", s)
            return "Yield(value=\(optExpr(v)))"
        case .yieldFrom(let v):
            pos("YieldFrom", s)
            return "YieldFrom(value=\(expr(v)))"
        case .compare(let l, let ops, let cs):
            pos("Compare", s)
            return "Compare(left=\(expr(l)), ops=\(list(ops.map { cmp($0) })), comparators=\(exprs(cs)))"
        case .call(let f, let args, let kws):
            pos("Call", s)
            let fd = expr(f)
            let ad = exprs(args)
            return "Call(func=\(fd), args=\(ad), keywords=\(list(kws.map { keyword($0) })))"
        case .formattedValue:
            return "FormattedValue(?)"
        case .joinedStr(let values):
            pos("JoinedStr", s)
            return "JoinedStr(values=\(fstringValues(values)))"
        case .constant(let c):
            pos("Constant", s)
            return "Constant(\(constant(c)))"
        case .attribute(let v, let attr, let c):
            pos("Attribute", s)
            return "Attribute(value=\(expr(v)), attr=\(attr), ctx=\(ctx(c)))"
        case .subscript(let v, let sl, let c):
            pos("Subscript", s)
            return "Subscript(value=\(expr(v)), slice=\(expr(sl)), ctx=\(ctx(c)))"
        case .starred(let v, let c):
            pos("Starred", s)
            return "Starred(value=\(expr(v)), ctx=\(ctx(c)))"
        case .name(let id, let c):
            pos("Name", s)
            return "Name(id=\(id), ctx=\(ctx(c)))"
        case .list(let es, let c):
            pos("List", s)
            return "List(elts=\(exprs(es)), ctx=\(ctx(c)))"
        case .tuple(let es, let c):
            pos("Tuple", s)
            return "Tuple(elts=\(exprs(es)), ctx=\(ctx(c)))"
        case .slice(let l, let u, let st):
            pos("Slice", s)
            return "Slice(lower=\(optExpr(l)), upper=\(optExpr(u)), step=\(optExpr(st)))"
        }
    }
}
