import BigInt

extension PercentFormatter {
    /// Formats one conversion's argument and writes it with padding.
    mutating func emit(_ conversion: inout PercentConversion) throws {
        let value = try nextArgument()
        var text: String
        switch conversion.type {
        case "s", "r", "a":
            if case .str(let s) = value.kind, conversion.type == "s" {
                text = s
            } else if conversion.type == "s" {
                text = try value.str()
            } else if conversion.type == "r" {
                text = try value.repr()
            } else {
                text = pythonASCII(fromRepr: try value.repr())
            }
        case "i", "d", "u", "o", "x", "X":
            conversion.numeric = true
            text = try integerText(value, conversion)
        case "e", "E", "f", "F", "g", "G":
            conversion.numeric = true
            text = try floatText(value, conversion)
        case "c":
            text = String(Character(try character(value)))
        default:
            let c = conversion.type
            let shown = (31...126).contains(c.value) ? String(Character(c)) : "?"
            throw PythonError.valueError(
                "unsupported format character '\(shown)' (0x\(String(c.value, radix: 16))) at index \(position - 1)")
        }
        write(Array(text.unicodeScalars), conversion)
    }

    private func integerText(_ value: PercentValue, _ conversion: PercentConversion) throws -> String {
        let type = conversion.type
        let n: BigInt
        switch value.kind {
        case .int(let i): n = i
        case .float(let x) where type != "o" && type != "x" && type != "X":
            n = try pythonFloatToInt(x)
        default:
            let what = (type == "o" || type == "x" || type == "X") ? "an integer" : "a real number"
            throw PythonError.typeError("%\(type) format: \(what) is required, not \(value.typeName)")
        }
        var digits: String
        var prefix = ""
        switch type {
        case "o": digits = String(n.magnitude, radix: 8); prefix = "0o"
        case "x": digits = String(n.magnitude, radix: 16); prefix = "0x"
        case "X": digits = String(n.magnitude, radix: 16, uppercase: true); prefix = "0X"
        default:
            digits = try pythonIntString(n, maxStrDigits: maxStrDigits)
            if digits.hasPrefix("-") { digits.removeFirst() }
        }
        if conversion.precision > digits.count {
            digits = String(repeating: "0", count: conversion.precision - digits.count) + digits
        }
        let sign = n.sign == .minus && !n.isZero ? "-" : ""
        return sign + (conversion.alternate ? prefix : "") + digits
    }

    private func floatText(_ value: PercentValue, _ conversion: PercentConversion) throws -> String {
        let x: Double
        switch value.kind {
        case .float(let f): x = f
        case .int(let i): x = try bigIntToDouble(i)
        default: throw PythonError.typeError("must be real number, not \(value.typeName)")
        }
        let type = Character(conversion.type)
        let code = Character(type.lowercased())
        var precision = conversion.precision < 0 ? 6 : conversion.precision
        if code == "g" && precision == 0 { precision = 1 }
        if code == "e" { precision += 1 }
        let layout = FloatLayout(code: code, precision: precision, alternate: conversion.alternate,
                                 upper: type.isUppercase)
        return layout.format(x)
    }

    private func character(_ value: PercentValue) throws -> Unicode.Scalar {
        switch value.kind {
        case .str(let s):
            let scalars = s.unicodeScalars
            if scalars.count == 1 { return scalars.first! }
        case .int(let n):
            guard let code = Int(exactly: n), code >= 0, code <= 0x10FFFF else {
                throw PythonError.overflowError("%c arg not in range(0x110000)")
            }
            guard let scalar = LoneSurrogates.scalar(UInt32(code)) else {
                throw PythonError.unsupported(LoneSurrogates.unsupportedMessage)
            }
            return scalar
        default:
            break
        }
        throw PythonError.typeError("%c requires int or char")
    }

    /// CPython's `unicode_format_arg_output`: truncation, sign, `0x` prefix and
    /// padding (zeros go between sign/prefix and digits, spaces outside).
    private mutating func write(_ text: [Unicode.Scalar], _ conversion: PercentConversion) {
        let c = conversion
        var length = text.count
        if (c.type == "s" || c.type == "r" || c.type == "a") && c.precision >= 0 && length > c.precision {
            length = c.precision
        }
        let fill: Unicode.Scalar = c.numeric && c.zero ? "0" : " "
        var index = 0
        var signChar: Unicode.Scalar? = nil
        var hasSign = c.numeric
        if hasSign {
            let first = text.first
            if first == "-" || first == "+" {
                signChar = first
                length -= 1
                index += 1
            } else if c.sign {
                signChar = "+"
            } else if c.blank {
                signChar = " "
            } else {
                hasSign = false
            }
        }
        var width = max(c.width, length)
        if hasSign {
            if fill != " ", let s = signChar { out.append(s) }
            if width > length { width -= 1 }
        }
        let prefixed = c.alternate && (c.type == "x" || c.type == "X" || c.type == "o")
        if prefixed {
            if fill != " " { out.append("0"); out.append(c.type) }
            width -= 2
            length -= 2
            index += 2
        }
        if width > length && !c.leftJustify {
            for _ in 0..<(width - length) { out.append(fill) }
            width = length
        }
        if fill == " " {
            if hasSign, let s = signChar { out.append(s) }
            if prefixed { out.append("0"); out.append(c.type) }
        }
        out.append(contentsOf: text[index..<(index + length)])
        if width > length {
            for _ in 0..<(width - length) { out.append(" ") }
        }
    }
}
