// Expressions, from the loosest binding (`lambda`, conditional) down to `factor`. Binary
// operators use a precedence table and an explicit operand stack (no recursion per
// operator); unary prefixes, `**` chains and conditional-expression chains are collected in
// loops and folded afterwards. See ParserLimits for the depth accounting.

extension Parser {
    /// Binding power of a binary operator token (CPython's bitwise_or … term levels), or nil.
    @inline(__always)
    static func binaryOperator(_ kind: TokenKind) -> (BinaryOperator, Int)? {
        switch kind {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lShift, 4)
        case .rightShift: return (.rShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mult, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMult, 6)
        default: return nil
        }
    }

    /// Whether a token can start an expression (used for "Perhaps you forgot a comma?").
    static func startsExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .ellipsis,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse:
            return true
        default:
            return false
        }
    }

    /// Parses inside a bracket, charging CPython's parser levels for it.
    func bracketed<T>(cost: Int, discount: Int, _ body: () throws -> T) throws -> T {
        let c = bracketDepth == 0 ? cost - discount : cost
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        return try nested(c, body)
    }

    /// The depth of an already built operand (capped just past the chain limit).
    func measuredDepth(_ e: Expr) -> Int {
        if let d = depthHints[e.span] { return d }
        let d = TreeDepth.depth(of: e, cap: ParserLimits.maxChain + 1)
        depthHints[e.span] = d
        return d
    }

    /// Parses an operand that will sit `depth` levels below the current node.
    @inline(__always)
    func deepened<T>(_ depth: Int, _ body: () throws -> T) throws -> T {
        estimatedDepth += depth
        defer { estimatedDepth -= depth }
        if estimatedDepth > ParserLimits.maxEstimatedDepth { throw ParserLimits.recursionError(file.name) }
        return try body()
    }

    /// Adds `cost` parser levels for the duration of `body` (MemoryError past CPython's stack).
    @inline(__always)
    func nested<T>(_ cost: Int, _ body: () throws -> T) throws -> T {
        parserLevel += cost
        defer { parserLevel -= cost }
        if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
        return try body()
    }

    /// A pending right-extending construct in `parseExpression`.
    enum ExpressionWrapper {
        /// `body if test else …`
        case ifExp(Expr, Expr)
        /// `lambda args: …`
        case lambda(Token, Arguments)
    }

    // MARK: - Lists of expressions

    /// star_expressions: star_expression (',' star_expression)* [','] — a tuple when a comma appears.
    func parseStarExpressions() throws -> Expr {
        let start = try peek().span
        let first = try parseStarExpression()
        if try kind() != .comma { return first }
        var elts = [first]
        while try accept(.comma) != nil {
            let k = try kind()
            if !Parser.startsExpression(k) && k != .star { break }
            elts.append(try parseStarExpression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), start.through(previous.span))
    }

    /// star_expression: '*' bitwise_or | expression
    func parseStarExpression() throws -> Expr {
        if let star = try accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), star.span.through(previous.span))
        }
        return try parseExpression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func parseStarNamedExpression() throws -> Expr {
        if let star = try accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), star.span.through(previous.span))
        }
        return try parseNamedExpression()
    }

    /// named_expression: NAME ':=' expression | expression !':='
    /// `equalHint`: report a `=` that follows as CPython's invalid_named_expression does (call
    /// arguments check their own `=` first).
    func parseNamedExpression(equalHint: Bool = true) throws -> Expr {
        if try kind() == .name, try kind(1) == .colonEqual {
            let nameTok = try advance()
            try advance()
            let value = try parseExpression()
            let target = Expr(.name(id: text(nameTok), ctx: .store), nameTok.span)
            return Expr(.namedExpr(target: target, value: value), nameTok.span.through(previous.span))
        }
        let e = try parseExpression()
        if try kind() == .colonEqual {
            throw error("cannot use assignment expressions with \(Parser.exprName(e))", e.span)
        }
        if equalHint, try kind() == .equal { try equalInsteadOfComparison(e) }
        return e
    }

    /// CPython's invalid_named_expression: `name = value` where an expression is expected
    /// ("Maybe you meant '==' or ':='"), or `f() = value` ("cannot assign to … here").
    func equalInsteadOfComparison(_ e: Expr) throws {
        let save = pos
        let savedFurthest = furthest
        pos += 1
        let value = try? parseBitwiseOr()
        let next = try? kind()
        lookaheadFurthest = max(lookaheadFurthest, furthest)
        pos = save
        furthest = savedFurthest
        guard let value, next != .equal && next != .colonEqual else { return }
        if case .name = e.kind {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.span.through(value.span))
        }
        switch e.kind {
        case .list, .tuple, .generatorExp, .constant(.none), .constant(.bool): return
        default:
            if Parser.isBitwiseOrLevel(e) {
                throw error("cannot assign to \(Parser.exprName(e)) here. Maybe you meant '==' instead of '='?", e.span)
            }
        }
    }

    // MARK: - expression / lambda / conditional

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    /// lambdef: 'lambda' [lambda_params] ':' expression
    /// Both forms extend to the right (the `else` branch and the lambda body are again an
    /// `expression`), so chains such as `a if b else lambda: c if d else e` are collected in
    /// one loop and folded from the right: no Swift recursion per link.
    func parseExpression() throws -> Expr {
        recursion += 1
        defer { recursion -= 1 }
        if recursion > ParserLimits.maxRecursion { throw ParserLimits.memoryError(file.name) }
        var wrappers: [(ExpressionWrapper, SourceSpan)] = []
        var cost = 0
        defer { parserLevel -= cost }
        var result: Expr
        while true {
            if let lambdaTok = try accept(.kwLambda) {
                cost += ParserLimits.lambdaCost
                parserLevel += ParserLimits.lambdaCost
                if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
                let args = try parseParameters(isLambda: true)
                try expect(.colon)
                wrappers.append((.lambda(lambdaTok, args), lambdaTok.span))
                continue
            }
            let bodyStart = try peek().span
            let body = try parseDisjunction()
            guard try kind() == .kwIf else { result = body; break }
            try advance()
            let test = try parseDisjunction()
            if try kind() != .kwElse {
                if try kind() == .colon { throw invalidSyntax() }
                throw error("expected 'else' after 'if' expression", body.span.through(test.span))
            }
            try advance()
            wrappers.append((.ifExp(body, test), bodyStart))
            cost += 1
            parserLevel += 1
            if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
        }
        let end = previous.span
        for (w, start) in wrappers.reversed() {
            switch w {
            case .ifExp(let body, let test):
                result = Expr(.ifExp(test: test, body: body, orelse: result), start.through(end))
            case .lambda(_, let args):
                result = Expr(.lambda(args: args, body: result), start.through(end))
            }
        }
        return result
    }

    // MARK: - Boolean operators and comparisons

    /// disjunction: conjunction ('or' conjunction)*
    func parseDisjunction() throws -> Expr {
        let start = try peek().span
        let first = try parseConjunction()
        guard try kind() == .kwOr else { return first }
        var values = [first]
        while try accept(.kwOr) != nil { values.append(try parseConjunction()) }
        return Expr(.boolOp(op: .or, values: values), start.through(previous.span))
    }

    /// conjunction: inversion ('and' inversion)*
    func parseConjunction() throws -> Expr {
        let start = try peek().span
        let first = try parseInversion()
        guard try kind() == .kwAnd else { return first }
        var values = [first]
        while try accept(.kwAnd) != nil { values.append(try parseInversion()) }
        return Expr(.boolOp(op: .and, values: values), start.through(previous.span))
    }

    /// inversion: 'not' inversion | comparison — a run of `not`s is counted, then folded.
    func parseInversion() throws -> Expr {
        guard try kind() == .kwNot else { return try parseComparison() }
        var nots: [Token] = []
        while try kind() == .kwNot { nots.append(try advance()) }
        var e = try nested(nots.count) { try parseComparison() }
        let end = previous.span
        for t in nots.reversed() {
            e = Expr(.unaryOp(op: .not, operand: e), t.span.through(end))
        }
        return e
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    func parseComparison() throws -> Expr {
        let start = try peek().span
        let left = try parseBitwiseOr()
        guard try compareOperator() != nil else { return left }
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while let op = try compareOperator() {
            if try kind() == .notEqual, src[try peek().start] == "<" {
                throw errorAtToken(pos, "invalid syntax")  // `<>` needs barry_as_FLUFL
            }
            try advance()
            if op == .isNot || op == .notIn { try advance() }
            ops.append(op)
            comparators.append(try parseBitwiseOr())
        }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), start.through(previous.span))
    }

    /// The comparison operator at the current token, if any (`not in`/`is not` span two tokens).
    func compareOperator() throws -> CompareOperator? {
        switch try kind() {
        case .equalEqual: return .eq
        case .notEqual: return .notEq
        case .less: return .lt
        case .lessEqual: return .ltE
        case .greater: return .gt
        case .greaterEqual: return .gtE
        case .kwIn: return .in
        case .kwIs: return try kind(1) == .kwNot ? .isNot : .is
        case .kwNot: return try kind(1) == .kwIn ? .notIn : nil
        default: return nil
        }
    }

    // MARK: - Binary operators, unary operators, power

    /// bitwise_or … term, by precedence climbing over an explicit stack; each operand is a
    /// `factor`. Chains longer than `ParserLimits.maxChain` stop growing and leave a pending
    /// RecursionError (CPython's compiler rejects them), so the tree stays shallow.
    func parseBitwiseOr() throws -> Expr {
        let firstStart = try peek().span
        let first = try parseFactor()
        guard Parser.binaryOperator(try kind()) != nil else { return first }
        // Each operand keeps its token extent: a parenthesised operand widens its parent.
        // A bracketed first operand may already be deep; the spine grows above it.
        let firstDepth = tokens[pos - 1].kind == .rpar || tokens[pos - 1].kind == .rsqb || tokens[pos - 1].kind == .rbrace
            ? measuredDepth(first) : 1
        var operands: [(expr: Expr, depth: Int, extent: SourceSpan)] = [(first, firstDepth, firstStart.through(previous.span))]
        var ops: [(op: BinaryOperator, prec: Int, span: SourceSpan)] = []
        func reduce() {
            let (right, rd, re) = operands.removeLast()
            let (left, ld, le) = operands.removeLast()
            let (op, _, opSpan) = ops.removeLast()
            let depth = max(ld, rd) + 1
            if depth > ParserLimits.maxChain {
                pendingRecursionError = true
                operands.append((left, ld, le))  // stop deepening; the program is rejected anyway
                return
            }
            let extent = le.through(re)
            operands.append((Expr(.binOp(left: left, op: op, right: right, operatorSpan: opSpan), extent), depth, extent))
        }
        while let (op, prec) = Parser.binaryOperator(try kind()) {
            let opTok = try advance()
            while let top = ops.last, top.prec >= prec { reduce() }
            ops.append((op, prec, opTok.span))
            let spine = operands[0].depth
            let start = try peek().span
            let operand = try deepened(min(spine, ParserLimits.maxChain)) { try parseFactor() }
            operands.append((operand, 1, start.through(previous.span)))
        }
        while !ops.isEmpty { reduce() }
        depthHints[operands[0].expr.span] = operands[0].depth
        return operands[0].expr
    }

    /// factor: ('+' | '-' | '~')* power, where power: await_primary ['**' factor].
    /// The prefix runs and the right-associative `**` chain are handled in one loop.
    func parseFactor() throws -> Expr {
        var levels: [(prefixes: [Token], base: Expr, baseStart: SourceSpan, powSpan: SourceSpan)] = []
        var prefixes: [Token] = []
        var cost = 0
        defer { parserLevel -= cost }
        var result: Expr
        while true {
            switch try kind() {
            case .plus, .minus, .tilde:
                prefixes.append(try advance())
                cost += 1
                parserLevel += 1
                if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
                continue
            default:
                break
            }
            let baseStart = try peek().span
            let base = try parseAwaitPrimary()
            if try kind() == .doubleStar {
                let powTok = try advance()
                levels.append((prefixes, base, baseStart, powTok.span))
                prefixes = []
                cost += ParserLimits.lambdaCost
                parserLevel += ParserLimits.lambdaCost
                if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
                continue
            }
            result = Parser.applyPrefixes(prefixes, to: base, end: previous.span)
            break
        }
        let end = previous.span
        while let level = levels.popLast() {
            let power = Expr(.binOp(left: level.base, op: .pow, right: result, operatorSpan: level.powSpan),
                             level.baseStart.through(end))
            result = Parser.applyPrefixes(level.prefixes, to: power, end: end)
        }
        return result
    }

    /// Wraps `e` in unary operators, the last-written innermost; each ends at `end`.
    static func applyPrefixes(_ prefixes: [Token], to e: Expr, end: SourceSpan) -> Expr {
        var e = e
        for t in prefixes.reversed() {
            let op: UnaryOperator = t.kind == .plus ? .uAdd : t.kind == .minus ? .uSub : .invert
            e = Expr(.unaryOp(op: op, operand: e), t.span.through(end))
        }
        return e
    }

    /// await_primary: 'await' primary | primary
    func parseAwaitPrimary() throws -> Expr {
        if let awaitTok = try accept(.kwAwait) {
            let value = try parsePrimary()
            return Expr(.await(value), awaitTok.span.through(previous.span))
        }
        return try parsePrimary()
    }
}
