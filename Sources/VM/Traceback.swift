import Compiler
import Syntax

/// Printing uncaught exceptions exactly as CPython 3.11's default excepthook does (the C code in
/// Python/traceback.c and pythonrun.c): the chain of causes and contexts, each traceback with
/// source lines and `^^^^`/`~~~^~~~` location lines, repeated-frame elision, and "Did you mean".
extension VM {
    /// The text CPython prints to stderr for an uncaught exception.
    public func formatUncaught(_ exc: PyException) -> String {
        var out = ""
        var seen = Set<ObjectIdentifier>()
        var ctx = GroupContext()
        formatChain(exc, &out, &seen, &ctx)
        return out
    }

    /// What CPython's default unraisable hook prints after "Exception ignored in: …": the
    /// traceback and `Type: message` of this one exception — no chained causes or contexts,
    /// no notes, no "Did you mean".
    public func formatUnraisable(_ exc: PyException) -> String {
        var out = ""
        if let tb = exc.traceback {
            out += "Traceback (most recent call last):\n"
            formatTraceback(tb, &out)
        }
        var name = exc.cls.qualname
        let module = exc.cls.moduleName
        if module != "builtins" && module != "__main__" { name = module + "." + name }
        let msg = (try? str(.obj(exc))) ?? "<exception str() failed>"
        return out + (msg.isEmpty ? name + "\n" : "\(name): \(msg)\n")
    }

    /// CPython's `exception_print_context`: how deep in exception groups we are.
    struct GroupContext {
        var depth = 0
        var needClose = false
        var indent: String { String(repeating: " ", count: 2 * depth) }
        var margin: String { depth > 0 ? "| " : "" }
    }

    /// Appends `text` with every line prefixed by the group indent and margin.
    func emit(_ text: String, _ out: inout String, _ ctx: GroupContext, headerMargin: String? = nil) {
        if ctx.depth == 0 { out += text; return }
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += ctx.indent + (first && headerMargin != nil ? headerMargin! : ctx.margin) + line + "\n"
            first = false
        }
    }

    func formatChain(_ exc: PyException, _ out: inout String, _ seen: inout Set<ObjectIdentifier>, _ ctx: inout GroupContext) {
        seen.insert(ObjectIdentifier(exc))
        if let cause = exc.cause {
            if !seen.contains(ObjectIdentifier(cause)) {
                formatChain(cause, &out, &seen, &ctx)
                emit("\nThe above exception was the direct cause of the following exception:\n\n", &out, ctx)
            }
        } else if let c = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(c)) {
            formatChain(c, &out, &seen, &ctx)
            emit("\nDuring handling of the above exception, another exception occurred:\n\n", &out, ctx)
        }
        if exc.isInstance(of: ExceptionTypes.baseExceptionGroup) && !exc.groupExceptions.isEmpty {
            formatGroup(exc, &out, &seen, &ctx)
        } else {
            formatSingle(exc, &out, ctx)
        }
    }

    func formatSingle(_ exc: PyException, _ out: inout String, _ ctx: GroupContext) {
        var text = ""
        if let tb = exc.traceback {
            text += "Traceback (most recent call last):\n"
            formatTraceback(tb, &text)
        }
        text += exceptionLine(exc)
        for note in exc.notes { text += note + "\n" }
        emit(text, &out, ctx)
    }

    /// CPython's `print_exception_group`: the group, then each sub-exception in a numbered box.
    func formatGroup(_ exc: PyException, _ out: inout String, _ seen: inout Set<ObjectIdentifier>, _ ctx: inout GroupContext) {
        if ctx.depth == 0 { ctx.depth = 1 }
        var text = ""
        if let tb = exc.traceback {
            text += "Exception Group Traceback (most recent call last):\n"
            formatTraceback(tb, &text)
            emit(text, &out, ctx, headerMargin: ctx.depth == 1 ? "+ " : nil)
            text = ""
        }
        text += exceptionLine(exc)
        for note in exc.notes { text += note + "\n" }
        emit(text, &out, ctx)
        let subs = exc.groupExceptions
        let n = min(subs.count, 16)
        ctx.needClose = false
        for i in 0..<n {
            let last = i == n - 1
            if last { ctx.needClose = true }
            out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(i + 1) ----------------\n"
            ctx.depth += 1
            formatChain(subs[i], &out, &seen, &ctx)
            if last && ctx.needClose {
                out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.depth -= 1
        }
        if ctx.depth == 1 { ctx.depth = 0 }
    }

    /// `Type: message` (module-qualified unless builtins/__main__), with the suggestion.
    func exceptionLine(_ exc: PyException) -> String {
        var name = exc.cls.qualname
        let module = exc.cls.moduleName
        if module != "builtins" && module != "__main__" { name = module + "." + name }
        var msg: String
        do { msg = try str(.obj(exc)) } catch { msg = "<exception str() failed>" }
        // stderr writes lone surrogates with 'backslashreplace' (`ValueError: bad \ud800`).
        if exc.args.count == 1, case .str(let s) = exc.args[0], s.codePoints != nil, msg == s.value {
            msg = SurrogateText.backslashReplaced(s)
        }
        if let hint = suggestion(for: exc) { msg += ". Did you mean: '\(hint)'?" }
        return msg.isEmpty ? name + "\n" : "\(name): \(msg)\n"
    }

    func formatTraceback(_ first: PyTraceback, _ out: inout String) {
        var entries: [PyTraceback] = []
        var t: PyTraceback? = first
        while let x = t { entries.append(x); t = x.next }
        if entries.count > 1000 { entries.removeFirst(entries.count - 1000) }
        var lastFile: String?, lastLine = -1, lastName: String?
        var count = 0
        func repeated() {
            if count > 3 {
                let n = count - 3
                out += "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
            }
        }
        for tb in entries {
            let code = tb.code
            if lastFile != code.filename || lastLine != tb.line || lastName != code.name {
                repeated()
                lastFile = code.filename
                lastLine = tb.line
                lastName = code.name
                count = 0
            }
            count += 1
            if count <= 3 { formatEntry(tb, &out) }
        }
        repeated()
    }

    func formatEntry(_ tb: PyTraceback, _ out: inout String) {
        let code = tb.code
        let loc = code.locations[min(tb.instruction, code.locations.count - 1)]
        let line = Int(loc.line)
        out += "  File \"\(code.filename)\", line \(line), in \(code.name)\n"
        guard let source = sources[code.filename], line >= 1, line <= source.lineCount else { return }
        let full = Array(source.line(line).unicodeScalars)
        var lead = 0
        while lead < full.count && (full[lead] == " " || full[lead] == "\t" || full[lead] == "\u{0C}") { lead += 1 }
        var trail = full.count
        while trail > lead && (full[trail - 1] == " " || full[trail - 1] == "\t" || full[trail - 1] == "\u{0C}" || full[trail - 1] == "\r") {
            trail -= 1
        }
        if lead >= trail { return }
        out += "    " + String(String.UnicodeScalarView(full[lead..<trail])) + "\n"
        guard loc.line > 0 else { return }
        let start = Int(loc.column)
        var end = Int(loc.endColumn)
        var leftAnchor = -1, rightAnchor = -1
        var primary: Character = "^", secondary: Character = "^"
        if loc.line == loc.endLine {
            switch loc.anchor {
            case .binary(let leftEnd, let rightStart):
                var i = Int(leftEnd)
                while i < Int(rightStart) && i < full.count {
                    let c = full[i]
                    if c == " " || c == "\t" || c == "\u{0C}" { i += 1; continue }
                    leftAnchor = i
                    rightAnchor = i + 1
                    if i + 1 < Int(rightStart) && i + 1 < full.count {
                        let d = full[i + 1]
                        if !(d == " " || d == "\t" || d == "\u{0C}") { rightAnchor += 1 }
                    }
                    primary = "~"; secondary = "^"
                    break
                }
            case .subscript(let valueEnd, let sliceEnd):
                leftAnchor = Int(valueEnd)
                rightAnchor = Int(sliceEnd)
                primary = "~"; secondary = "^"
            case .none: break
            }
        } else {
            end = trail
        }
        let strippedLength = trail - lead
        let hasSecondary = leftAnchor != -1 || rightAnchor != -1
        if end - start == strippedLength && !hasSecondary { return }
        if start < lead || end <= start { return }
        var marks = String(repeating: " ", count: 4 + start - lead)
        for i in start..<end {
            marks.append(hasSecondary && i >= leftAnchor && i < rightAnchor ? secondary : primary)
        }
        out += marks + "\n"
    }

    // MARK: suggestions

    /// "Did you mean" for NameError and AttributeError raised by the VM (CPython 3.11's rules).
    func suggestion(for exc: PyException) -> String? {
        guard case .str(let nameStr)? = exc.dict.getStr("name") else { return nil }
        let name = nameStr.value
        if exc.cls === ExceptionTypes.nameError || exc.cls === ExceptionTypes.unboundLocalError {
            guard exc.cls === ExceptionTypes.nameError else { return nil }
            var last = exc.traceback
            while let n = last?.next { last = n }
            if let code = last?.code, let s = bestMatch(name, code.varnames) { return s }
            if let g = lastGlobals, let s = bestMatch(name, g.orderedKeys.compactMap { if case .str(let k) = $0 { return k.value }; return nil }) {
                return s
            }
            return bestMatch(name, VM.cpythonBuiltinNames)
        }
        if exc.isInstance(of: ExceptionTypes.attributeError), let obj = exc.dict.getStr("obj") {
            return bestMatch(name, attributeNames(obj))
        }
        return nil
    }

    func attributeNames(_ v: Value) -> [String] {
        var names = Set<String>()
        if let d = v.object?.attributes {
            for k in d.orderedKeys { if case .str(let s) = k { names.insert(s.value) } }
        }
        var classes = typeOf(v).mro
        if case .obj(let o) = v, let c = o as? PyClass { classes = c.mro + classes }
        for c in classes {
            for k in c.dict.orderedKeys { if case .str(let s) = k { names.insert(s.value) } }
        }
        return names.sorted()
    }

    func bestMatch(_ name: String, _ candidates: [String]) -> String? {
        if candidates.count >= 750 { return nil }
        let a = Array(name.utf8)
        var best: String?
        var bestDistance = Int.max
        for c in candidates where c != name {
            let b = Array(c.utf8)
            var maxDistance = (a.count + b.count + 3) * 2 / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = VM.levenshtein(a, b, maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance { best = c; bestDistance = d }
        }
        return best
    }

    static func levenshtein(_ a0: [UInt8], _ b0: [UInt8], _ maxCost: Int) -> Int {
        var a = a0[...], b = b0[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * 2 }
        if a.count > 40 || b.count > 40 { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * 2 > maxCost { return maxCost + 1 }
        func cost(_ x: UInt8, _ y: UInt8) -> Int {
            if x & 31 != y & 31 { return 2 }
            if x == y { return 0 }
            let lx = (x >= 65 && x <= 90) ? x + 32 : x
            let ly = (y >= 65 && y <= 90) ? y + 32 : y
            return lx == ly ? 1 : 2
        }
        let aa = Array(a), bb = Array(b)
        var buffer = (0..<aa.count).map { ($0 + 1) * 2 }
        var result = 0
        for bi in 0..<bb.count {
            let code = bb[bi]
            var distance = bi * 2
            result = distance
            var minimum = Int.max
            for i in 0..<aa.count {
                let substitute = distance + cost(code, aa[i])
                distance = buffer[i]
                let insertDelete = min(result, distance) + 2
                result = min(insertDelete, substitute)
                buffer[i] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}

/// The code object of a standard-library frame that looplab shows in tracebacks but does not
/// run (asyncio's and json's frames): one location, `text`'s columns marked unless `span` says
/// otherwise (default: the line without its indentation, as CPython marks a whole statement).
public func stdlibFrameCode(function: String, path: String, line: Int, text: String,
                            span: (Int, Int)?) -> CodeObject {
    let scalars = Array(text.unicodeScalars)
    var lead = 0
    while lead < scalars.count && scalars[lead] == " " { lead += 1 }
    let (start, end) = span ?? (lead, scalars.count)
    let loc = SourceLoc(line: line, column: start, endLine: line, endColumn: end)
    return CodeObject(name: function, qualname: function, filename: path, firstLine: line,
                      argCount: 0, posOnlyArgCount: 0, kwOnlyArgCount: 0, flags: CodeFlags(rawValue: 0),
                      varnames: [], cellvars: [], freevars: [], names: [], constants: [],
                      instructions: [.nop], locations: [loc])
}
