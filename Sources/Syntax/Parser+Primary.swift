// Primaries (atoms followed by `.name`, `(args)`, `[slices]` trailers) and atoms.

extension Parser {
    /// primary: primary '.' NAME | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    /// Trailers are applied in a loop; a chain longer than the compiler accepts stops growing.
    func parsePrimary() throws -> Expr {
        let start = try peek().span
        var e = try parseAtom()
        var chain = 1
        if tokens[pos - 1].kind == .rpar, try kind() == .lpar || kind() == .lsqb || kind() == .dot {
            // A parenthesised atom may already be deep; the trailers stack on top of it.
            chain = measuredDepth(e)
        }
        while true {
            let next: Expr
            switch try kind() {
            case .dot:
                try advance()
                let nameTok = try peek()
                guard nameTok.kind == .name else { throw invalidSyntax() }
                try advance()
                next = Expr(.attribute(value: e, attr: text(nameTok), ctx: .load), start.through(nameTok.span))
            case .lpar:
                let open = try advance()
                let (args, keywords, close) = try deepened(min(chain, ParserLimits.maxChain)) {
                    try bracketed(cost: ParserLimits.trailerCost, discount: ParserLimits.displayDiscount) {
                        try parseCallArguments(open: open)
                    }
                }
                next = Expr(.call(func: e, args: args, keywords: keywords), start.through(close.span))
            case .lsqb:
                try advance()
                let slice = try deepened(min(chain, ParserLimits.maxChain)) {
                    try bracketed(cost: ParserLimits.trailerCost, discount: ParserLimits.displayDiscount) { try parseSlices() }
                }
                if try kind() != .rsqb { throw try missingCommaOrInvalid(after: slice) }
                let close = try expect(.rsqb)
                next = Expr(.subscript(value: e, slice: slice, ctx: .load), start.through(close.span))
            default:
                if chain > 1 { depthHints[e.span] = chain }
                return e
            }
            chain += 1
            if chain > ParserLimits.maxChain {
                pendingRecursionError = true  // keep `e` shallow; the program is rejected
            } else {
                e = next
            }
        }
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    func parseSlices() throws -> Expr {
        let start = try peek().span
        let first = try parseSliceItem()
        if try kind() != .comma {
            // `a[*b]` is a one-element tuple (PEP 646).
            if case .starred = first.kind { return Expr(.tuple(elts: [first], ctx: .load), first.span) }
            return first
        }
        var elts = [first]
        while try accept(.comma) != nil {
            if try kind() == .rsqb { break }
            elts.append(try parseSliceItem())
        }
        return Expr(.tuple(elts: elts, ctx: .load), start.through(previous.span))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred_expression
    func parseSliceItem() throws -> Expr {
        let start = try peek().span
        if let star = try accept(.star) {
            let value = try parseExpression()
            return Expr(.starred(value: value, ctx: .load), star.span.through(previous.span))
        }
        var lower: Expr? = nil
        if try kind() != .colon {
            let e = try parseNamedExpression()
            if try kind() != .colon { return e }
            lower = e
        }
        try expect(.colon)
        var upper: Expr? = nil
        var step: Expr? = nil
        let k = try kind()
        if k != .colon && k != .comma && k != .rsqb { upper = try parseExpression() }
        if try accept(.colon) != nil {
            let k2 = try kind()
            if k2 != .comma && k2 != .rsqb { step = try parseExpression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), start.through(previous.span))
    }

    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp |
    /// list/listcomp | dict/set/dictcomp/setcomp | '...'
    func parseAtom() throws -> Expr {
        let t = try peek()
        switch t.kind {
        case .name:
            try advance()
            return Expr(.name(id: text(t), ctx: .load), t.span)
        case .kwTrue:
            try advance()
            return Expr(.constant(.bool(true)), t.span)
        case .kwFalse:
            try advance()
            return Expr(.constant(.bool(false)), t.span)
        case .kwNone:
            try advance()
            return Expr(.constant(.none), t.span)
        case .ellipsis:
            try advance()
            return Expr(.constant(.ellipsis), t.span)
        case .number:
            try advance()
            return try parseNumber(t)
        case .string:
            return try parseStrings()
        case .lpar:
            return try bracketed(cost: ParserLimits.groupCost, discount: ParserLimits.groupDiscount) { try parseParenthesized() }
        case .lsqb:
            return try bracketed(cost: ParserLimits.displayCost, discount: ParserLimits.displayDiscount) { try parseListDisplay() }
        case .lbrace:
            return try bracketed(cost: ParserLimits.displayCost, discount: ParserLimits.displayDiscount) { try parseBraceDisplay() }
        default:
            throw invalidSyntax()
        }
    }

    /// Converts a NUMBER token: ints keep their digits (any size), floats become Double.
    func parseNumber(_ t: Token) throws -> Expr {
        var digits = String.UnicodeScalarView()
        for c in src[t.start..<t.end] where c != "_" { digits.append(c) }
        let raw = String(digits)
        if let last = raw.unicodeScalars.last, last == "j" || last == "J" {
            noteUnsupported("complex numbers are not supported in lessons", t.span)
            return Expr(.constant(.float(0)), t.span)
        }
        let lower = raw.lowercased()
        if lower.hasPrefix("0x") { return Expr(.constant(.int(IntLiteral(digits: String(lower.dropFirst(2)), radix: 16))), t.span) }
        if lower.hasPrefix("0o") { return Expr(.constant(.int(IntLiteral(digits: String(lower.dropFirst(2)), radix: 8))), t.span) }
        if lower.hasPrefix("0b") { return Expr(.constant(.int(IntLiteral(digits: String(lower.dropFirst(2)), radix: 2))), t.span) }
        if lower.contains(".") || lower.contains("e") {
            return Expr(.constant(.float(Parser.parseFloat(lower))), t.span)
        }
        // Strip leading zeros ("000" is 0) so the digit string is canonical.
        var d = Substring(lower)
        while d.count > 1 && d.first == "0" { d = d.dropFirst() }
        return Expr(.constant(.int(IntLiteral(digits: String(d), radix: 10))), t.span)
    }

    /// A float literal's value, correctly rounded (Swift's parser is strtod-based), `inf` on overflow.
    static func parseFloat(_ text: String) -> Double {
        // Swift wants digits on both sides of the point: "1." → "1.0", ".5" → "0.5", "1.e5" → "1.0e5".
        var s = ""
        var previous: Character = " "
        for ch in text {
            if ch == "." && !(previous.isNumber) { s.append("0") }
            if ch == "e" && previous == "." { s.append("0") }
            s.append(ch)
            previous = ch
        }
        if previous == "." { s.append("0") }
        return Double(s) ?? .infinity
    }
}
