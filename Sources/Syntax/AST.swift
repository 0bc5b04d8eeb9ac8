// The abstract syntax tree of the lesson language: the shape of CPython 3.11's `ast`
// module (same node names, same fields, same desugarings — `elif` is a nested `If` in
// `orelse`, `f"{x=}"` becomes `JoinedStr[Constant("x="), FormattedValue(x, !r)]`, implicit
// string concatenation is folded), restricted to the subset of DESIGN §3.
//
// Every node carries a `SourceSpan` (columns in code points). Nodes are value types:
// `Stmt`/`Expr` are structs holding a `kind` enum; the parser bounds nesting depth
// (see `ParserLimits`) so that walking and freeing a tree recursively is safe.
//
// Stability: the compiler codes against this file. Changes are additive only.

/// A parsed file (CPython's `ast.Module`), or, in `.expression` mode, a one-statement
/// module whose single statement is `.expr`.
public struct Module {
    /// The top-level statements.
    public var body: [Stmt]
    /// The source the tree was parsed from (spans index into it).
    public var source: SourceFile
    /// Warnings CPython prints while compiling this file (print them before running it).
    public var warnings: [CompileWarning]

    public init(body: [Stmt], source: SourceFile, warnings: [CompileWarning] = []) {
        self.body = body
        self.source = source
        self.warnings = warnings
    }
}

// MARK: - Statements

/// A statement and where it is.
public struct Stmt {
    /// What statement this is.
    public var kind: StmtKind
    /// From the first token of the statement to the end of its last token (of its last body
    /// statement for compound statements). As in CPython 3.8+, a decorated `def`/`class`
    /// starts at `def`/`async`/`class`, not at its first decorator.
    public var span: SourceSpan

    public init(_ kind: StmtKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// The statements of the subset.
public enum StmtKind {
    /// `def f(...): ...` and `async def f(...): ...`.
    case functionDef(FunctionDef)
    /// `class C(bases, **keywords): ...`.
    case classDef(ClassDef)
    /// `return` or `return value`.
    case `return`(Expr?)
    /// `del a, b[0], c.d` — targets have `.del` context.
    case delete([Expr])
    /// `a = b = value` — one or more targets (with `.store` context), assigned left to right.
    case assign(targets: [Expr], value: Expr)
    /// `target op= value` (target is a Name, Attribute or Subscript with `.store` context).
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `target: annotation [= value]`; `simple` is true for a bare unparenthesised name
    /// (CPython stores those in `__annotations__`).
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    /// `for target in iter: body else: orelse` and `async for`.
    case `for`(For)
    /// `while test: body else: orelse`.
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    /// `if test: body` with `elif`/`else` in `orelse` (an `elif` is a nested `.if`).
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    /// `with a as x, b: body` and `async with`.
    case with(With)
    /// `raise`, `raise exc`, `raise exc from cause`.
    case raise(exc: Expr?, cause: Expr?)
    /// `try:`/`except`/`except*`/`else`/`finally`.
    case `try`(Try)
    /// `assert test, msg`.
    case assert(test: Expr, msg: Expr?)
    /// `import a.b as c, d`.
    case `import`([Alias])
    /// `from module import names` — `module` is nil for `from . import x`; `level` counts the dots.
    /// A `*` import has one alias named "*".
    case importFrom(module: String?, names: [Alias], level: Int)
    /// `global a, b`.
    case global([String])
    /// `nonlocal a, b`.
    case nonlocal([String])
    /// An expression statement.
    case expr(Expr)
    /// `pass`.
    case pass
    /// `break`.
    case `break`
    /// `continue`.
    case `continue`
    /// IPython's line magic `%time <statement>`: run the statement and print CPU/Wall times.
    /// The span of the enclosing `Stmt` covers `%time` too; the inner statement's span does not.
    indirect case timeMagic(Stmt)
}

/// `def`/`async def` (CPython's `FunctionDef` and `AsyncFunctionDef`).
public struct FunctionDef {
    /// The function's name.
    public var name: String
    /// Where the name is (for "def f" highlighting).
    public var nameSpan: SourceSpan
    /// The parameter list.
    public var args: Arguments
    /// The body (never empty).
    public var body: [Stmt]
    /// Decorator expressions, outermost (first written) first.
    public var decorators: [Expr]
    /// The `-> annotation`, if any.
    public var returns: Expr?
    /// True for `async def`.
    public var isAsync: Bool

    public init(name: String, nameSpan: SourceSpan, args: Arguments, body: [Stmt], decorators: [Expr],
                returns: Expr?, isAsync: Bool) {
        self.name = name; self.nameSpan = nameSpan; self.args = args; self.body = body
        self.decorators = decorators; self.returns = returns; self.isAsync = isAsync
    }
}

/// `class Name(bases, keywords): body`.
public struct ClassDef {
    /// The class name.
    public var name: String
    /// Where the name is.
    public var nameSpan: SourceSpan
    /// Positional base expressions (may include `Starred`).
    public var bases: [Expr]
    /// Keyword arguments such as `metaclass=M` (and `**kw`, with nil name).
    public var keywords: [Keyword]
    /// The class body.
    public var body: [Stmt]
    /// Decorators, first written first.
    public var decorators: [Expr]

    public init(name: String, nameSpan: SourceSpan, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name; self.nameSpan = nameSpan; self.bases = bases; self.keywords = keywords
        self.body = body; self.decorators = decorators
    }
}

/// `for`/`async for`.
public struct For {
    /// The loop target (`.store` context): Name, Tuple, List, Attribute, Subscript, Starred inside.
    public var target: Expr
    /// The iterable.
    public var iter: Expr
    /// The loop body.
    public var body: [Stmt]
    /// The `else:` block (empty when absent).
    public var orelse: [Stmt]
    /// True for `async for`.
    public var isAsync: Bool

    public init(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool) {
        self.target = target; self.iter = iter; self.body = body; self.orelse = orelse; self.isAsync = isAsync
    }
}

/// `with`/`async with`.
public struct With {
    /// The context managers, in order.
    public var items: [WithItem]
    /// The body.
    public var body: [Stmt]
    /// True for `async with`.
    public var isAsync: Bool

    public init(items: [WithItem], body: [Stmt], isAsync: Bool) {
        self.items = items; self.body = body; self.isAsync = isAsync
    }
}

/// One `expr as target` of a `with` statement.
public struct WithItem {
    /// The context manager expression.
    public var contextExpr: Expr
    /// The `as` target (`.store` context), if any.
    public var optionalVars: Expr?
    /// From the start of `contextExpr` to the end of the target.
    public var span: SourceSpan

    public init(contextExpr: Expr, optionalVars: Expr?, span: SourceSpan) {
        self.contextExpr = contextExpr; self.optionalVars = optionalVars; self.span = span
    }
}

/// `try` with its clauses (CPython's `Try` and, when `isStar`, `TryStar`).
public struct Try {
    /// The `try:` block.
    public var body: [Stmt]
    /// The `except` clauses in order.
    public var handlers: [ExceptHandler]
    /// The `else:` block (empty when absent).
    public var orelse: [Stmt]
    /// The `finally:` block (empty when absent).
    public var finalbody: [Stmt]
    /// True when the handlers are `except*` clauses.
    public var isStar: Bool

    public init(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt], isStar: Bool) {
        self.body = body; self.handlers = handlers; self.orelse = orelse; self.finalbody = finalbody; self.isStar = isStar
    }
}

/// One `except [type [as name]]:` clause.
public struct ExceptHandler {
    /// The exception type expression; nil for a bare `except:`.
    public var type: Expr?
    /// The `as` name, if any.
    public var name: String?
    /// The handler body.
    public var body: [Stmt]
    /// From `except` to the end of the body.
    public var span: SourceSpan

    public init(type: Expr?, name: String?, body: [Stmt], span: SourceSpan) {
        self.type = type; self.name = name; self.body = body; self.span = span
    }
}

/// One name of an import: `a.b.c as d` (`import`) or `x as y` (`from … import`).
public struct Alias {
    /// The dotted name (or "*").
    public var name: String
    /// The `as` name, if any.
    public var asname: String?
    /// From the name to the end of the `as` name.
    public var span: SourceSpan

    public init(name: String, asname: String?, span: SourceSpan) {
        self.name = name; self.asname = asname; self.span = span
    }
}

// MARK: - Function parameters and call arguments

/// A parameter list (CPython's `ast.arguments`).
public struct Arguments {
    /// Parameters before `/`.
    public var posonlyargs: [Arg]
    /// Ordinary positional-or-keyword parameters.
    public var args: [Arg]
    /// `*args`, if any.
    public var vararg: Arg?
    /// Keyword-only parameters (after `*` or `*args`).
    public var kwonlyargs: [Arg]
    /// Defaults of `kwonlyargs`, one per parameter (nil = required).
    public var kwDefaults: [Expr?]
    /// `**kwargs`, if any.
    public var kwarg: Arg?
    /// Defaults of the *last* `defaults.count` parameters of `posonlyargs + args`.
    public var defaults: [Expr]

    public init(posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
                kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonlyargs = posonlyargs; self.args = args; self.vararg = vararg; self.kwonlyargs = kwonlyargs
        self.kwDefaults = kwDefaults; self.kwarg = kwarg; self.defaults = defaults
    }

    /// No parameters at all.
    public static let empty = Arguments()
}

/// One parameter: its name and optional annotation.
public struct Arg {
    /// The parameter name.
    public var name: String
    /// The `: annotation`, if any.
    public var annotation: Expr?
    /// From the name to the end of the annotation.
    public var span: SourceSpan

    public init(name: String, annotation: Expr?, span: SourceSpan) {
        self.name = name; self.annotation = annotation; self.span = span
    }
}

/// A keyword argument `name=value` in a call or class header, or `**value` (name nil).
public struct Keyword {
    /// The keyword; nil for `**mapping`.
    public var name: String?
    /// The argument value.
    public var value: Expr
    /// From the name (or `**`) to the end of the value.
    public var span: SourceSpan

    public init(name: String?, value: Expr, span: SourceSpan) {
        self.name = name; self.value = value; self.span = span
    }
}

/// One `for … in … if …` clause of a comprehension.
public struct Comprehension {
    /// The loop target (`.store` context).
    public var target: Expr
    /// The iterable.
    public var iter: Expr
    /// The `if` filters, in order.
    public var ifs: [Expr]
    /// True for `async for`.
    public var isAsync: Bool
    /// From `for` (or `async`) to the end of the last filter.
    public var span: SourceSpan

    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool, span: SourceSpan) {
        self.target = target; self.iter = iter; self.ifs = ifs; self.isAsync = isAsync; self.span = span
    }
}

// MARK: - Expressions

/// An expression and where it is.
public struct Expr {
    /// What expression this is.
    public var kind: ExprKind
    /// The whole expression, parentheses excluded (as in CPython: `(a)` has a's span), except
    /// tuples and generator expressions written with parentheses, which include them.
    public var span: SourceSpan

    public init(_ kind: ExprKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// Whether an expression is read, assigned or deleted (CPython's `expr_context`).
public enum ExprContext: Sendable {
    /// Read the value.
    case load
    /// Assignment target.
    case store
    /// `del` target.
    case del
}

/// The expressions of the subset.
public indirect enum ExprKind {
    /// `a and b and c` / `a or b` — two or more operands, one operator (mixed chains nest).
    case boolOp(op: BoolOperator, values: [Expr])
    /// `target := value` (target is a Name).
    case namedExpr(target: Expr, value: Expr)
    /// `left op right`; `operatorSpan` is where the operator token is (for `~~~^~~~` lines).
    case binOp(left: Expr, op: BinaryOperator, right: Expr, operatorSpan: SourceSpan)
    /// `not x`, `-x`, `+x`, `~x`.
    case unaryOp(op: UnaryOperator, operand: Expr)
    /// `lambda args: body`.
    case lambda(args: Arguments, body: Expr)
    /// `body if test else orelse`.
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// `{k: v, **m}` — a nil key marks `**value` unpacking.
    case dict(keys: [Expr?], values: [Expr])
    /// `{a, *b}` (never empty).
    case set([Expr])
    /// `[elt for …]`.
    case listComp(elt: Expr, generators: [Comprehension])
    /// `{elt for …}`.
    case setComp(elt: Expr, generators: [Comprehension])
    /// `{key: value for …}`.
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    /// `(elt for …)`; span includes the parentheses (or the call's, when it is the sole argument).
    case generatorExp(elt: Expr, generators: [Comprehension])
    /// `await value`.
    case await(Expr)
    /// `yield` or `yield value`.
    case yield(Expr?)
    /// `yield from value`.
    case yieldFrom(Expr)
    /// `left op0 c0 op1 c1 …` — a comparison chain.
    case compare(left: Expr, ops: [CompareOperator], comparators: [Expr])
    /// `func(args, keywords)`; positional args may be `.starred`, keywords may be `**` (nil name).
    /// The span runs from the start of `func` to the closing parenthesis.
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// A replacement field `{value!conversion:formatSpec}` inside a `joinedStr`.
    case formattedValue(value: Expr, conversion: FStringConversion, formatSpec: Expr?)
    /// An f-string: its parts are `.constant(.string)` and `.formattedValue` (a format spec
    /// is itself a `joinedStr`).
    case joinedStr([Expr])
    /// A literal: number, string, bytes, True/False/None, `...`.
    case constant(Constant)
    /// `value.attr`.
    case attribute(value: Expr, attr: String, ctx: ExprContext)
    /// `value[slice]`; `slice` is a `.slice` or `.tuple` (possibly containing slices) or any
    /// expression. The span runs to the closing bracket.
    case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
    /// `*value` in calls, displays and assignment targets.
    case starred(value: Expr, ctx: ExprContext)
    /// A name.
    case name(id: String, ctx: ExprContext)
    /// `[a, b]`.
    case list(elts: [Expr], ctx: ExprContext)
    /// `a, b` or `(a, b)`.
    case tuple(elts: [Expr], ctx: ExprContext)
    /// `lower:upper:step` — only directly inside a subscript (or its tuple).
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// A literal value.
public enum Constant: Equatable {
    /// `None`.
    case none
    /// `True` / `False`.
    case bool(Bool)
    /// `...`.
    case ellipsis
    /// An integer literal of any size.
    case int(IntLiteral)
    /// A float literal (`1.5`, `1e10`, `1_000.0`).
    case float(Double)
    /// A str literal after escape processing and implicit concatenation.
    case string(String)
    /// A str literal holding a lone surrogate (`"\ud800"`), which `String` cannot: its code points.
    case codePoints([UInt32])
    /// A bytes literal after escape processing and implicit concatenation.
    case bytes([UInt8])
}

/// An integer literal as written, so the compiler can build a big int.
public struct IntLiteral: Equatable, Sendable {
    /// The digits without prefix or underscores (e.g. "ff" for `0xFF`, lower-cased).
    public var digits: String
    /// 10, 16, 8 or 2.
    public var radix: Int

    public init(digits: String, radix: Int) {
        self.digits = digits
        self.radix = radix
    }

    /// The value when it fits an `Int`, else nil (then build a big int from `digits`/`radix`).
    public var intValue: Int? { Int(digits, radix: radix) }
}

/// `!s`, `!r`, `!a` or none in an f-string replacement field.
public enum FStringConversion: Sendable {
    /// No conversion (format the value directly).
    case none
    /// `!s` — str().
    case str
    /// `!r` — repr().
    case repr
    /// `!a` — ascii().
    case ascii
}

/// Binary operators (CPython's `operator`).
public enum BinaryOperator: Sendable, CaseIterable {
    /// `+`
    case add
    /// `-`
    case sub
    /// `*`
    case mult
    /// `/`
    case div
    /// `//`
    case floorDiv
    /// `%`
    case mod
    /// `**`
    case pow
    /// `<<`
    case lShift
    /// `>>`
    case rShift
    /// `|`
    case bitOr
    /// `^`
    case bitXor
    /// `&`
    case bitAnd
    /// `@` (only user classes define it: `__matmul__` / `__rmatmul__`)
    case matMult

    /// The operator as written (`"+"`, `"//"`, …).
    public var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mult: return "*"
        case .div: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lShift: return "<<"
        case .rShift: return ">>"
        case .bitOr: return "|"
        case .bitXor: return "^"
        case .bitAnd: return "&"
        case .matMult: return "@"
        }
    }
}

/// Unary operators.
public enum UnaryOperator: Sendable, CaseIterable {
    /// `~`
    case invert
    /// `not`
    case not
    /// `+`
    case uAdd
    /// `-`
    case uSub
}

/// `and` / `or`.
public enum BoolOperator: Sendable, CaseIterable {
    /// `and`
    case and
    /// `or`
    case or
}

/// Comparison operators.
public enum CompareOperator: Sendable, CaseIterable {
    /// `==`
    case eq
    /// `!=`
    case notEq
    /// `<`
    case lt
    /// `<=`
    case ltE
    /// `>`
    case gt
    /// `>=`
    case gtE
    /// `is`
    case `is`
    /// `is not`
    case isNot
    /// `in`
    case `in`
    /// `not in`
    case notIn
}
