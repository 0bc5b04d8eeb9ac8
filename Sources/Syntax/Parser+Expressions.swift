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
        let first = try parseStarExpression()
        if try kind() != .comma { return first }
        var elts = [first]
        var end = first.span
        while let comma = try accept(.comma) {
            end = comma.span
            let k = try kind()
            if !Parser.startsExpression(k) && k != .star { break }
            let e = try parseStarExpression()
            elts.append(e)
            end = e.span
        }
        return Expr(.tuple(elts: elts, ctx: .load), first.span.through(end))
    }

    /// star_expression: '*' bitwise_or | expression
    func parseStarExpression() throws -> Expr {
        if let star = try accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), star.span.through(value.span))
        }
        return try parseExpression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func parseStarNamedExpression() throws -> Expr {
        if let star = try accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), star.span.through(value.span))
        }
        return try parseNamedExpression()
    }

    /// named_expression: NAME ':=' expression | expression !':='
    func parseNamedExpression() throws -> Expr {
        if try kind() == .name, try kind(1) == .colonEqual {
            let nameTok = try advance()
            try advance()
            let value = try parseExpression()
            let target = Expr(.name(id: text(nameTok), ctx: .store), nameTok.span)
            return Expr(.namedExpr(target: target, value: value), nameTok.span.through(value.span))
        }
        let e = try parseExpression()
        if try kind() == .colonEqual {
            throw error("cannot use assignment expressions with \(Parser.exprName(e))", e.span)
        }
        return e
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
        var wrappers: [ExpressionWrapper] = []
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
                wrappers.append(.lambda(lambdaTok, args))
                continue
            }
            let body = try parseDisjunction()
            guard try kind() == .kwIf else { result = body; break }
            try advance()
            let test = try parseDisjunction()
            if try kind() != .kwElse {
                if try kind() == .colon { throw invalidSyntax() }
                throw error("expected 'else' after 'if' expression", body.span.through(test.span))
            }
            try advance()
            wrappers.append(.ifExp(body, test))
            cost += 1
            parserLevel += 1
            if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
        }
        for w in wrappers.reversed() {
            switch w {
            case .ifExp(let body, let test):
                result = Expr(.ifExp(test: test, body: body, orelse: result), body.span.through(result.span))
            case .lambda(let tok, let args):
                result = Expr(.lambda(args: args, body: result), tok.span.through(result.span))
            }
        }
        return result
    }

    // MARK: - Boolean operators and comparisons

    /// disjunction: conjunction ('or' conjunction)*
    func parseDisjunction() throws -> Expr {
        let first = try parseConjunction()
        guard try kind() == .kwOr else { return first }
        var values = [first]
        while try accept(.kwOr) != nil { values.append(try parseConjunction()) }
        return Expr(.boolOp(op: .or, values: values), first.span.through(values.last!.span))
    }

    /// conjunction: inversion ('and' inversion)*
    func parseConjunction() throws -> Expr {
        let first = try parseInversion()
        guard try kind() == .kwAnd else { return first }
        var values = [first]
        while try accept(.kwAnd) != nil { values.append(try parseInversion()) }
        return Expr(.boolOp(op: .and, values: values), first.span.through(values.last!.span))
    }

    /// inversion: 'not' inversion | comparison — a run of `not`s is counted, then folded.
    func parseInversion() throws -> Expr {
        guard try kind() == .kwNot else { return try parseComparison() }
        var nots: [Token] = []
        while try kind() == .kwNot { nots.append(try advance()) }
        var e = try nested(nots.count) { try parseComparison() }
        for t in nots.reversed() {
            e = Expr(.unaryOp(op: .not, operand: e), t.span.through(e.span))
        }
        return e
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    func parseComparison() throws -> Expr {
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
        return Expr(.compare(left: left, ops: ops, comparators: comparators),
                    left.span.through(comparators.last!.span))
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
        let first = try parseFactor()
        guard Parser.binaryOperator(try kind()) != nil else { return first }
        var operands: [(expr: Expr, depth: Int)] = [(first, 1)]
        var ops: [(op: BinaryOperator, prec: Int, span: SourceSpan)] = []
        func reduce() {
            let (right, rd) = operands.removeLast()
            let (left, ld) = operands.removeLast()
            let (op, _, opSpan) = ops.removeLast()
            let depth = max(ld, rd) + 1
            if depth > ParserLimits.maxChain {
                pendingRecursionError = true
                operands.append((left, ld))  // stop deepening; the program is rejected anyway
                return
            }
            operands.append((Expr(.binOp(left: left, op: op, right: right, operatorSpan: opSpan),
                                  left.span.through(right.span)), depth))
        }
        while let (op, prec) = Parser.binaryOperator(try kind()) {
            let opTok = try advance()
            while let top = ops.last, top.prec >= prec { reduce() }
            ops.append((op, prec, opTok.span))
            let spine = operands[0].depth
            operands.append((try nested(min(spine, ParserLimits.maxChain)) { try parseFactor() }, 1))
        }
        while !ops.isEmpty { reduce() }
        return operands[0].expr
    }

    /// factor: ('+' | '-' | '~')* power, where power: await_primary ['**' factor].
    /// The prefix runs and the right-associative `**` chain are handled in one loop.
    func parseFactor() throws -> Expr {
        var levels: [(prefixes: [Token], base: Expr, powSpan: SourceSpan)] = []
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
            let base = try parseAwaitPrimary()
            if try kind() == .doubleStar {
                let powTok = try advance()
                levels.append((prefixes, base, powTok.span))
                prefixes = []
                cost += ParserLimits.lambdaCost
                parserLevel += ParserLimits.lambdaCost
                if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
                continue
            }
            result = Parser.applyPrefixes(prefixes, to: base)
            break
        }
        while let level = levels.popLast() {
            let power = Expr(.binOp(left: level.base, op: .pow, right: result, operatorSpan: level.powSpan),
                             level.base.span.through(result.span))
            result = Parser.applyPrefixes(level.prefixes, to: power)
        }
        return result
    }

    /// Wraps `e` in unary operators, the last-written innermost.
    static func applyPrefixes(_ prefixes: [Token], to e: Expr) -> Expr {
        var e = e
        for t in prefixes.reversed() {
            let op: UnaryOperator = t.kind == .plus ? .uAdd : t.kind == .minus ? .uSub : .invert
            e = Expr(.unaryOp(op: op, operand: e), t.span.through(e.span))
        }
        return e
    }

    /// await_primary: 'await' primary | primary
    func parseAwaitPrimary() throws -> Expr {
        if let awaitTok = try accept(.kwAwait) {
            let value = try parsePrimary()
            return Expr(.await(value), awaitTok.span.through(value.span))
        }
        return try parsePrimary()
    }
}
