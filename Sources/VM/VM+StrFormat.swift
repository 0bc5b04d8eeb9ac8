import Compiler
import Formatting

/// `str.format` and `str.format_map`: CPython's format-string grammar (fields, `!r`/`!s`/`!a`,
/// nested fields inside the spec, `.attr` and `[key]` lookups, auto/manual numbering errors).
extension VM {
    func strFormat(_ format: String, _ args: Args, mapping: Value? = nil) throws -> String {
        let u = Array(format.unicodeScalars)
        var out = ""
        var i = 0
        var autoIndex = 0
        var numbering = 0  // 0 unknown, 1 auto, 2 manual
        func field(_ text: [Unicode.Scalar]) throws -> Value {
            // Split the field name into first part and accessors.
            var j = 0
            var first = String.UnicodeScalarView()
            while j < text.count && text[j] != "." && text[j] != "[" { first.append(text[j]); j += 1 }
            let name = String(first)
            var value: Value
            if name.isEmpty {
                if numbering == 2 { throw valueError("cannot switch from manual field specification to automatic field numbering") }
                numbering = 1
                guard autoIndex < args.count else {
                    throw indexError("Replacement index \(autoIndex) out of range for positional args tuple")
                }
                value = args[autoIndex]
                autoIndex += 1
            } else if let n = Int(name) {
                if numbering == 1 { throw valueError("cannot switch from automatic field numbering to manual field specification") }
                numbering = 2
                guard n < args.count else { throw indexError("Replacement index \(n) out of range for positional args tuple") }
                value = args[n]
            } else if let m = mapping {
                value = try getItem(m, .string(name))
            } else {
                guard let v = args.keyword(name) else { throw keyError(.string(name)) }
                value = v
            }
            while j < text.count {
                if text[j] == "." {
                    j += 1
                    var attr = String.UnicodeScalarView()
                    while j < text.count && text[j] != "." && text[j] != "[" { attr.append(text[j]); j += 1 }
                    if attr.isEmpty { throw valueError("Empty attribute in format string") }
                    value = try getAttr(value, String(attr))
                } else {
                    j += 1
                    var key = String.UnicodeScalarView()
                    while j < text.count && text[j] != "]" { key.append(text[j]); j += 1 }
                    guard j < text.count else { throw valueError("Missing ']' in format string") }
                    j += 1
                    let k = String(key)
                    value = try getItem(value, Int(k).map { .int($0) } ?? .string(k))
                }
            }
            return value
        }
        while i < u.count {
            let ch = u[i]
            if ch == "}" {
                if i + 1 < u.count && u[i + 1] == "}" { out += "}"; i += 2; continue }
                throw valueError("Single '}' encountered in format string")
            }
            if ch != "{" { out.unicodeScalars.append(ch); i += 1; continue }
            if i + 1 < u.count && u[i + 1] == "{" { out += "{"; i += 2; continue }
            // Parse a replacement field up to the matching brace.
            var depth = 1
            var j = i + 1
            while j < u.count && depth > 0 {
                if u[j] == "{" { depth += 1 } else if u[j] == "}" { depth -= 1 }
                if depth > 0 { j += 1 }
            }
            if j >= u.count {
                throw valueError(depth > 0 && j > i + 1 ? "expected '}' before end of string" : "Single '{' encountered in format string")
            }
            let body = Array(u[(i + 1)..<j])
            i = j + 1
            var nameEnd = 0
            var bracket = false
            while nameEnd < body.count {
                let c = body[nameEnd]
                if c == "[" { bracket = true } else if c == "]" { bracket = false }
                if !bracket && (c == "!" || c == ":") { break }
                nameEnd += 1
            }
            var value = try field(Array(body[0..<nameEnd]))
            var k = nameEnd
            if k < body.count && body[k] == "!" {
                guard k + 1 < body.count else { throw valueError("end of string while looking for conversion specifier") }
                let conv = body[k + 1]
                if k + 2 < body.count && body[k + 2] != ":" { throw valueError("expected ':' after conversion specifier") }
                switch conv {
                case "r": value = .string(try repr(value))
                case "s": value = .string(try str(value))
                case "a": value = .string(pythonASCII(fromRepr: try repr(value)))
                default: throw valueError("Unknown conversion specifier \(String(conv))")
                }
                k += 2
            }
            var spec = ""
            if k < body.count && body[k] == ":" {
                let specText = String(String.UnicodeScalarView(body[(k + 1)...]))
                spec = specText.contains("{") ? try strFormatNested(specText, field) : specText
            }
            out += try self.format(value, spec)
        }
        return out
    }

    /// Expands `{…}` fields inside a format spec (one level, as CPython allows).
    private func strFormatNested(_ spec: String, _ field: ([Unicode.Scalar]) throws -> Value) throws -> String {
        var out = ""
        let u = Array(spec.unicodeScalars)
        var i = 0
        while i < u.count {
            if u[i] == "{" {
                var j = i + 1
                while j < u.count && u[j] != "}" { j += 1 }
                out += try self.str(try field(Array(u[(i + 1)..<j])))
                i = j + 1
            } else {
                out.unicodeScalars.append(u[i])
                i += 1
            }
        }
        return out
    }
}
