// String literal atoms: implicit concatenation, prefixes, escapes, and the hand-off of
// f-strings to Parser+FString.swift.

/// One piece of a (possibly concatenated) string literal while it is being assembled.
enum StringPiece {
    /// Literal text.
    case text(String, SourceSpan)
    /// A replacement field (`formattedValue`) of an f-string.
    case field(Expr)
}

extension Parser {
    /// strings: STRING+ — adjacent literals are concatenated; any f-string makes a JoinedStr.
    func parseStrings() throws -> Expr {
        var pieces: [StringPiece] = []
        var bytes: [UInt8] = []
        var sawBytes = false
        var sawText = false
        var sawFString = false
        // Pieces holding a lone surrogate, by index (their `.text` is a placeholder).
        var surrogatePieces: [Int: [UInt32]] = [:]
        let first = try peek()
        var last = first
        while try kind() == .string {
            let t = try advance()
            last = t
            let (prefix, bodyStart, bodyEnd) = splitStringToken(t)
            let body = src[bodyStart..<bodyEnd]
            if prefix.isBytes {
                sawBytes = true
                if body.contains(where: { $0.value >= 128 }) {
                    throw error("bytes can only contain ASCII literal characters", t.span)
                }
                do {
                    bytes += try StringLiteral.decodeBytes(body, raw: prefix.isRaw)
                } catch let e as EscapeError {
                    pendingEscapeError = pendingEscapeError ?? e
                }
            } else if prefix.isFormatted {
                sawText = true
                sawFString = true
                try parseFString(t, bodyStart: bodyStart, bodyEnd: bodyEnd, raw: prefix.isRaw, into: &pieces)
            } else {
                sawText = true
                if prefix.isRaw {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: body)
                    pieces.append(.text(String(v), t.span))
                } else {
                    do {
                        switch try StringLiteral.decodeText(body) {
                        case .text(let text): pieces.append(.text(text, t.span))
                        case .codePoints(let cps):
                            surrogatePieces[pieces.count] = cps
                            pieces.append(.text("", t.span))
                        }
                    } catch let e as EscapeError {
                        pendingEscapeError = pendingEscapeError ?? e
                    }
                }
            }
        }
        let span = first.span.through(last.span)
        // CPython reports these after reading the token that follows the literals.
        if sawBytes && sawText { throw errorAtToken(pos, "cannot mix bytes and nonbytes literals") }
        if let e = pendingEscapeError {
            pendingEscapeError = nil
            if e.message.hasPrefix("unsupported:") {
                throw unsupported("lone surrogates in string literals are not supported in lessons", span)
            }
            _ = try peek()
            throw errorAtToken(pos, e.message)
        }
        if let e = pendingFStringError {
            pendingFStringError = nil
            _ = try peek()
            throw e.at(self, pos)
        }
        if sawBytes { return Expr(.constant(.bytes(bytes)), span) }
        if !surrogatePieces.isEmpty {
            // A Swift String cannot hold them; f-strings are built from Swift strings.
            if sawFString { throw unsupported("lone surrogates in f-strings are not supported in lessons", span) }
            var cps: [UInt32] = []
            for (i, p) in pieces.enumerated() {
                if let c = surrogatePieces[i] { cps += c } else if case .text(let t, _) = p { cps += t.unicodeScalars.map(\.value) }
            }
            return Expr(.constant(.codePoints(cps)), span)
        }
        if !sawFString {
            var s = ""
            for case .text(let t, _) in pieces { s += t }
            return Expr(.constant(.string(s)), span)
        }
        return Expr(.joinedStr(Parser.joinPieces(pieces, span: span)), span)
    }

    /// Merges adjacent text pieces into constants and drops empty ones (CPython's JoinedStr values).
    static func joinPieces(_ pieces: [StringPiece], span: SourceSpan) -> [Expr] {
        var values: [Expr] = []
        var text = ""
        for p in pieces {
            switch p {
            case .text(let s, _):
                text += s
            case .field(let e):
                if !text.isEmpty { values.append(Expr(.constant(.string(text)), span)) }
                text = ""
                values.append(e)
            }
        }
        if !text.isEmpty { values.append(Expr(.constant(.string(text)), span)) }
        return values
    }

    /// A string token's prefix and the index range of its body (between the quotes).
    func splitStringToken(_ t: Token) -> (StringPrefix, Int, Int) {
        var prefix = StringPrefix()
        var i = t.start
        while src[i] != "'" && src[i] != "\"" {
            switch src[i] {
            case "b", "B": prefix.isBytes = true
            case "r", "R": prefix.isRaw = true
            case "f", "F": prefix.isFormatted = true
            default: break
            }
            i += 1
        }
        let quote = src[i]
        let triple = i + 2 < t.end && src[i + 1] == quote && src[i + 2] == quote && t.end - i >= 6
        let q = triple ? 3 : 1
        return (prefix, i + q, t.end - q)
    }
}
