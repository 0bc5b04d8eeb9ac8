// Function and class definitions and their decorators.

extension Parser {
    /// decorators: ('@' named_expression NEWLINE)+ followed by a def or class.
    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while try accept(.at) != nil {
            decorators.append(try parseNamedExpression())
            try expect(.newline)
        }
        switch try kind() {
        case .kwDef: return try parseFunctionDef(decorators: decorators, asyncToken: nil)
        case .kwClass: return try parseClassDef(decorators: decorators)
        case .kwAsync where try kind(1) == .kwDef:
            let asyncTok = try advance()
            return try parseFunctionDef(decorators: decorators, asyncToken: asyncTok)
        default:
            throw invalidSyntax()
        }
    }

    /// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    func parseFunctionDef(decorators: [Expr], asyncToken: Token?) throws -> Stmt {
        let defTok = try expect(.kwDef)
        let start = asyncToken ?? defTok
        let nameTok = try expect(.name)
        try expect(.lpar, "expected '('")
        let args = try parseParameters(isLambda: false)
        try expectClosing(.rpar)
        var returns: Expr? = nil
        if try kind() == .rarrow {
            let save = pos
            try advance()
            if Parser.startsExpression(try kind()) {
                returns = try parseExpression()
            } else {
                pos = save
            }
        }
        try expectColon(forced: true)
        let body = try parseBlock(after: "function definition", line: start.line)
        let f = FunctionDef(name: text(nameTok), nameSpan: nameTok.span, args: args, body: body,
                            decorators: decorators, returns: returns, isAsync: asyncToken != nil)
        return Stmt(.functionDef(f), blockSpan(start.span, body))
    }

    /// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let classTok = try expect(.kwClass)
        let nameTok = try expect(.name)
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if let open = try accept(.lpar) {
            (bases, keywords, _) = try parseCallArguments(open: open)
            if bases.count == 1, case .generatorExp(_, let generators) = bases[0].kind {
                // CPython's class header takes no bare generator: "invalid syntax" at `for`.
                let s = generators[0].span
                throw error("invalid syntax", SourceSpan(line: s.line, column: s.column, endLine: s.line, endColumn: s.column + 3))
            }
        }
        try expectColon(forced: false)
        let body = try parseBlock(after: "class definition", line: classTok.line)
        let c = ClassDef(name: text(nameTok), nameSpan: nameTok.span, bases: bases, keywords: keywords,
                         body: body, decorators: decorators)
        return Stmt(.classDef(c), blockSpan(classTok.span, body))
    }
}
