import BigInt
import Compiler
import Formatting
import Syntax

/// `json.dumps` / `json.loads` with CPython's output format and error messages.
extension VM {
    static let jsonModule = NativeModule(name: "json") { vm, m in
        let decodeError = PyClass(name: "JSONDecodeError", base: ExceptionTypes.valueError, isBuiltin: false, module: "json.decoder")
        decodeError.constructor = ExceptionTypes.valueError.constructor
        vm.jsonDecodeError = decodeError
        m.add("JSONDecodeError", .obj(decodeError))
        m.function("dumps") { vm, a in
            try vm.expectArgs("dumps", a, 1)
            var enc = JSONEncoder(vm: vm)
            try enc.configure(a)
            // Whatever is raised, the nesting levels entered below are left again.
            let depthBefore = vm.depth
            defer { vm.depth = depthBefore }
            if enc.indent == nil {
                // CPython's one-shot C encoder: json.dumps → JSONEncoder.encode → iterencode
                // (three Python frames) and the call of the C encoder object.
                try vm.enterJSONCall()
            }
            try enc.encode(a[0], level: 0)
            return enc.result
        }
        m.function("loads") { vm, a in
            try vm.expectArgs("loads", a, 1)
            var text: String
            switch a[0] {
            case .str(let s): text = s.value
            case .obj(let o) where o.kind == .bytes: text = try vm.decodeUTF8((o as! PyBytes).bytes)
            default:
                throw vm.typeError("the JSON object must be str, bytes or bytearray, not \(vm.typeName(a[0]))")
            }
            // CPython runs json.loads → JSONDecoder.decode → raw_decode (three Python frames)
            // and calls the C scanner object before the first bracket.
            let depthBefore = vm.depth
            defer { vm.depth = depthBefore }
            try vm.enterJSONCall()
            var dec = JSONDecoder(vm: vm, text: Array(text.unicodeScalars), source: text)
            if case .str(let s) = a[0], let cps = s.codePoints {
                for (i, c) in cps.enumerated() where SurrogateText.isSurrogate(c) { dec.surrogates[i] = c }
            }
            do {
                return try dec.decodeDocument()
            } catch let e as PyException where e.cls === vm.jsonDecodeError {
                // The traceback passes through json's Python code: "Extra data" is raised in
                // decode, "Expecting value" where raw_decode turns the scanner's StopIteration
                // into the error, anything else inside the C scanner that raw_decode called.
                let msg: String
                if case .str(let s)? = e.dict.getStr("msg") { msg = s.value } else { msg = "" }
                let frames: [JSONFrame] = msg == "Extra data" ? [.loads, .extraData]
                    : msg == "Expecting value" ? [.loads, .decode, .expectingValue] : [.loads, .decode, .scanOnce]
                e.traceback = vm.libraryTraceback(frames)
                throw e
            }
        }
        m.function("dump") { _, _ in throw LooplabStop("json.dump (files) is not supported in lessons (lessons run in a sandbox)") }
        m.function("load") { _, _ in throw LooplabStop("json.load (files) is not supported in lessons (lessons run in a sandbox)") }
    }
}

extension VM {
    /// The levels CPython's `json` module uses before its C code starts: three Python frames
    /// (dumps/encode/iterencode or loads/decode/raw_decode) and the call of the C object.
    func enterJSONCall() throws {
        for suffix in ["", "", "", " while calling a Python object"] { try enterDepth(suffix) }
    }
}

struct JSONEncoder {
    let vm: VM
    var out = ""
    /// Lone surrogates written raw (ensure_ascii=False): their code-point offsets in `out`,
    /// where a U+FFFD holds their place (a Swift String cannot hold them).
    var rawSurrogates: [(offset: Int, codePoint: UInt32)] = []

    /// The text written, as a str.
    var result: Value {
        guard !rawSurrogates.isEmpty else { return .string(out) }
        var cps = out.unicodeScalars.map(\.value)
        for (i, c) in rawSurrogates { cps[i] = c }
        return SurrogateText.make(cps)
    }

    /// A str as a JSON string: lone surrogates become `\udxxx` (ensure_ascii) or stay raw.
    mutating func appendString(_ s: PyStr) {
        guard let cps = s.codePoints else { out += jsonString(s.value, ensureASCII: ensureASCII); return }
        out += "\""
        for c in cps {
            if !SurrogateText.isSurrogate(c) {
                let quoted = jsonString(String(Unicode.Scalar(c)!), ensureASCII: ensureASCII).unicodeScalars
                out.unicodeScalars.append(contentsOf: quoted.dropFirst().dropLast())
            } else if ensureASCII {
                out += "\\u" + String(c, radix: 16)
            } else {
                rawSurrogates.append((out.unicodeScalars.count, c))
                out += "\u{FFFD}"
            }
        }
        out += "\""
    }
    var indent: String? = nil
    var itemSeparator = ", "
    var keySeparator = ": "
    var sortKeys = false
    var ensureASCII = true
    var allowNaN = true
    var skipKeys = false
    var defaultFn: Value = .none
    var active = Set<ObjectIdentifier>()

    init(vm: VM) { self.vm = vm }

    mutating func configure(_ a: Args) throws {
        if let v = a.keyword("indent"), !v.isNone {
            switch v {
            case .int(let n): indent = String(repeating: " ", count: max(n, 0))
            case .str(let s): indent = s.value
            default: indent = try vm.str(v)
            }
            itemSeparator = ","
        }
        if let v = a.keyword("separators"), !v.isNone {
            let parts = try vm.iterate(v)
            guard parts.count == 2, case .str(let i) = parts[0], case .str(let k) = parts[1] else {
                throw vm.valueError("separators must be a pair of strings")
            }
            itemSeparator = i.value
            keySeparator = k.value
        }
        if let v = a.keyword("sort_keys") { sortKeys = try vm.isTrue(v) }
        if let v = a.keyword("ensure_ascii") { ensureASCII = try vm.isTrue(v) }
        if let v = a.keyword("allow_nan") { allowNaN = try vm.isTrue(v) }
        if let v = a.keyword("skipkeys") { skipKeys = try vm.isTrue(v) }
        if let v = a.keyword("default") { defaultFn = v }
    }

    func floatText(_ d: Double) throws -> String {
        if !d.isFinite && !allowNaN { throw vm.valueError("Out of range float values are not JSON compliant") }
        return jsonFloat(d)
    }

    mutating func newline(_ level: Int) {
        if let ind = indent { out += "\n" + String(repeating: ind, count: level) }
    }

    mutating func encode(_ v: Value, level: Int) throws {
        switch v {
        case .none: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += try floatText(d)
        case .str(let s): appendString(s)
        case .obj(let o) where o.kind == .bigint: out += try vm.str(v)
        case .obj(let o) where o.kind == .list || o.kind == .tuple:
            let items = o.kind == .list ? (o as! PyList).items : (o as! PyTuple).items
            // Empty containers count as a level too (encoder_listencode_obj enters first).
            try enter(o)
            if items.isEmpty { out += "[]"; leave(o); return }
            out += "["
            for (i, x) in items.enumerated() {
                if i > 0 { out += itemSeparator }
                newline(level + 1)
                try encode(x, level: level + 1)
            }
            newline(level)
            out += "]"
            leave(o)
        case .obj(let o) where o.kind == .dict:
            let d = o as! PyDict
            try enter(o)
            if d.count == 0 { out += "{}"; leave(o); return }
            out += "{"
            var entries = d.entries
            if sortKeys {
                var keys = entries.map { $0.key }
                try vm.sortValues(&keys, key: .none, reverse: false)
                var sorted: [(key: Value, value: Value)] = []
                for k in keys { sorted.append((k, try d.get(k, vm: vm)!)) }
                entries = sorted
            }
            var first = true
            for (k, x) in entries {
                var keyText: String
                var keyStr: PyStr? = nil
                switch k {
                case .str(let s): keyText = s.value; keyStr = s
                case .float(let f): keyText = try floatText(f)
                case .bool(let b): keyText = b ? "true" : "false"
                case .none: keyText = "null"
                case .int, .obj(_) where vm.asNum(k) != nil: keyText = try vm.str(k)
                default:
                    if skipKeys { continue }
                    throw vm.typeError("keys must be str, int, float, bool or None, not \(vm.typeName(k))")
                }
                if !first { out += itemSeparator }
                first = false
                newline(level + 1)
                appendString(keyStr ?? PyStr(keyText))
                out += keySeparator
                try encode(x, level: level + 1)
            }
            newline(level)
            out += "}"
            leave(o)
        default:
            if defaultFn.isNone {
                throw vm.typeError("Object of type \(vm.typeName(v)) is not JSON serializable")
            }
            if let o = v.object { try enter(o) }
            let r = try vm.call(defaultFn, [v])
            try encode(r, level: level)
            if let o = v.object { leave(o) }
        }
    }

    mutating func enter(_ o: PyObject) throws {
        let id = ObjectIdentifier(o)
        if active.contains(id) { throw vm.valueError("Circular reference detected") }
        active.insert(id)
        try vm.enterDepth(" while encoding a JSON object")
    }

    mutating func leave(_ o: PyObject) {
        active.remove(ObjectIdentifier(o))
        vm.depth -= 1
    }
}

struct JSONDecoder {
    let vm: VM
    let text: [Unicode.Scalar]
    let source: String
    var pos = 0
    /// Lone surrogates of the document (a str may hold them raw), by position; `text` has
    /// U+FFFD there. Only strings take them; anywhere else they are invalid JSON anyway.
    var surrogates: [Int: UInt32] = [:]

    init(vm: VM, text: [Unicode.Scalar], source: String) {
        self.vm = vm
        self.text = text
        self.source = source
    }

    func error(_ msg: String, _ at: Int) -> PyException {
        var line = 1, lastNewline = -1
        for i in 0..<min(at, text.count) where text[i] == "\n" { line += 1; lastNewline = i }
        let col = at - lastNewline
        let cls = vm.jsonDecodeError ?? ExceptionTypes.valueError
        let e = PyException(cls: cls, args: [.string("\(msg): line \(line) column \(col) (char \(at))")])
        e.dict.setStr("msg", .string(msg))
        e.dict.setStr("pos", .int(at))
        e.dict.setStr("lineno", .int(line))
        e.dict.setStr("colno", .int(col))
        e.dict.setStr("doc", .string(source))
        return e
    }

    mutating func skipWS() {
        while pos < text.count, [" ", "\t", "\n", "\r"].contains(text[pos]) { pos += 1 }
    }

    mutating func decodeDocument() throws -> Value {
        skipWS()
        let v = try value()
        skipWS()
        if pos != text.count { throw error("Extra data", pos) }
        return v
    }

    func starts(with s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        return pos + u.count <= text.count && Array(text[pos..<(pos + u.count)]) == u
    }

    mutating func value() throws -> Value {
        guard pos < text.count else { throw error("Expecting value", pos) }
        let c = text[pos]
        switch c {
        case "\"":
            pos += 1
            return try string(start: pos - 1)
        // Each nested container is one level of the recursion limit (the C scanner's
        // Py_EnterRecursiveCall), which also bounds this recursive descent.
        case "{":
            try vm.enterDepth(" while decoding a JSON object from a unicode string")
            defer { vm.depth -= 1 }
            return try object()
        case "[":
            try vm.enterDepth(" while decoding a JSON array from a unicode string")
            defer { vm.depth -= 1 }
            return try array()
        default:
            for (lit, v) in [("null", Value.none), ("true", .bool(true)), ("false", .bool(false)),
                             ("NaN", .float(.nan)), ("Infinity", .float(.infinity)), ("-Infinity", .float(-.infinity))] where starts(with: lit) {
                pos += lit.unicodeScalars.count
                return v
            }
            if c == "-" || (c.value >= 48 && c.value <= 57) { return try number() }
            throw error("Expecting value", pos)
        }
    }

    mutating func number() throws -> Value {
        let start = pos
        if text[pos] == "-" { pos += 1 }
        func digit(_ i: Int) -> Bool { i < text.count && text[i].value >= 48 && text[i].value <= 57 }
        guard digit(pos) else { pos = start; throw error("Expecting value", start) }
        if text[pos] == "0" { pos += 1 } else { while digit(pos) { pos += 1 } }
        var isFloat = false
        if pos < text.count && text[pos] == "." && digit(pos + 1) {
            isFloat = true
            pos += 1
            while digit(pos) { pos += 1 }
        }
        if pos < text.count && (text[pos] == "e" || text[pos] == "E") {
            var p = pos + 1
            if p < text.count && (text[p] == "+" || text[p] == "-") { p += 1 }
            if digit(p) {
                isFloat = true
                pos = p
                while digit(pos) { pos += 1 }
            }
        }
        let s = String(String.UnicodeScalarView(text[start..<pos]))
        if isFloat { return .float(try vm.py { try pythonParseFloat(s) }) }
        return .bigint(try vm.py { try pythonParseInt(s) })
    }

    /// A JSON string's value: a str, holding a lone surrogate when a `\uXXXX` escape made one.
    mutating func string(start: Int) throws -> Value {
        var out = String.UnicodeScalarView()
        // Set from the first lone surrogate on; `out` is no longer used then.
        var codePoints: [UInt32]? = nil
        func put(_ c: Unicode.Scalar) { if codePoints != nil { codePoints!.append(c.value) } else { out.append(c) } }
        while true {
            guard pos < text.count else { throw error("Unterminated string starting at", start) }
            let c = text[pos]
            if c == "\"" {
                pos += 1
                return codePoints.map(SurrogateText.make) ?? .string(String(out))
            }
            if c.value < 0x20 { throw error("Invalid control character at", pos) }
            if c != "\\" {
                if !surrogates.isEmpty, let sur = surrogates[pos] {
                    if codePoints == nil { codePoints = out.map(\.value) }
                    codePoints!.append(sur)
                } else {
                    put(c)
                }
                pos += 1
                continue
            }
            guard pos + 1 < text.count else { throw error("Unterminated string starting at", start) }
            let e = text[pos + 1]
            switch e {
            case "\"": put("\""); pos += 2
            case "\\": put("\\"); pos += 2
            case "/": put("/"); pos += 2
            case "b": put("\u{08}"); pos += 2
            case "f": put("\u{0C}"); pos += 2
            case "n": put("\n"); pos += 2
            case "r": put("\r"); pos += 2
            case "t": put("\t"); pos += 2
            case "u":
                func hex4(_ at: Int) -> UInt32? {
                    guard at + 4 <= text.count else { return nil }
                    return UInt32(String(String.UnicodeScalarView(text[at..<(at + 4)])), radix: 16)
                }
                guard var u = hex4(pos + 2) else { throw error("Invalid \\uXXXX escape", pos + 1) }
                pos += 6
                if u >= 0xD800 && u < 0xDC00, pos + 1 < text.count, text[pos] == "\\", text[pos + 1] == "u",
                   let low = hex4(pos + 2), low >= 0xDC00 && low < 0xE000 {
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
                }
                if let scalar = Unicode.Scalar(u), codePoints == nil {
                    out.append(scalar)
                } else {
                    if codePoints == nil { codePoints = out.map(\.value) }
                    codePoints!.append(u)
                }
            default:
                throw error("Invalid \\escape", pos)
            }
        }
    }

    mutating func object() throws -> Value {
        let d = PyDict()
        pos += 1
        skipWS()
        if pos < text.count && text[pos] == "}" { pos += 1; return .obj(d) }
        while true {
            guard pos < text.count, text[pos] == "\"" else {
                throw error("Expecting property name enclosed in double quotes", pos)
            }
            pos += 1
            let key = try string(start: pos - 1)
            skipWS()
            guard pos < text.count, text[pos] == ":" else { throw error("Expecting ':' delimiter", pos) }
            pos += 1
            skipWS()
            let v = try value()
            try d.set(key, v, vm: vm)
            skipWS()
            if pos < text.count && text[pos] == "}" { pos += 1; return .obj(d) }
            guard pos < text.count, text[pos] == "," else { throw error("Expecting ',' delimiter", pos) }
            pos += 1
            skipWS()
        }
    }

    mutating func array() throws -> Value {
        var items: [Value] = []
        pos += 1
        skipWS()
        if pos < text.count && text[pos] == "]" { pos += 1; return .obj(PyList(items)) }
        while true {
            items.append(try value())
            skipWS()
            if pos < text.count && text[pos] == "]" { pos += 1; return .obj(PyList(items)) }
            guard pos < text.count, text[pos] == "," else { throw error("Expecting ',' delimiter", pos) }
            pos += 1
            skipWS()
        }
    }
}

extension VM {
    /// Traceback entries for json's own frames, outermost first: one-instruction code objects
    /// named like the library functions, their files registered in `sources` so the
    /// traceback shows the library's line and carets.
    func libraryTraceback(_ frames: [JSONFrame]) -> PyTraceback? {
        var tb: PyTraceback? = nil
        for f in frames.reversed() { tb = PyTraceback(code: jsonFrameCode(f), instruction: 0, next: tb) }
        return tb
    }

    private func jsonFrameCode(_ frame: JSONFrame) -> CodeObject {
        if let c = jsonFrameCodes[frame] { return c }
        let info = frame.info
        let path = JSONFrame.stdlib + "/" + info.file
        // The file's text as far as the traceback needs it: the lines of every json frame.
        var lines: [Int: String] = [:]
        for f in JSONFrame.allCases where f.info.file == info.file { lines[f.info.line] = f.info.text }
        var text = ""
        for n in 1...(lines.keys.max() ?? 1) { text += (lines[n] ?? "") + "\n" }
        sources[path] = SourceFile(name: path, bytes: Array(text.utf8))
        let code = stdlibFrameCode(function: info.function, path: path, line: info.line, text: info.text,
                                   span: info.span)
        jsonFrameCodes[frame] = code
        return code
    }
}
