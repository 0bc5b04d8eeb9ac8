/// Pads, signs and groups a formatted number the way CPython's
/// `calc_number_widths`/`fill_number` do.
///
/// A number arrives split as: its sign, a prefix (`0x`…), a run of digits to group,
/// and a remainder (decimal point, fraction, exponent, `%`) copied as is.
struct NumberParts {
    var negative: Bool
    var prefix: String = ""
    var digits: [UInt8]
    var remainder: String = ""
}

/// Lays out `parts` under `spec`; `groupSize` is 3 or 4 (`_` with b/o/x/X), 0 for none.
func layoutNumber(_ parts: NumberParts, spec: FormatSpec, groupSize: Int) -> String {
    var signText = ""
    if parts.negative {
        signText = "-"
    } else if spec.sign == "+" {
        signText = "+"
    } else if spec.sign == " " {
        signText = " "
    }
    let separator: UInt8 = spec.grouping == .comma ? UInt8(ascii: ",") : UInt8(ascii: "_")
    let nonDigit = signText.count + parts.prefix.count + parts.remainder.unicodeScalars.count
    let width = spec.width ?? -1
    // With '0' fill and '=' alignment the padding zeros join the grouped digits.
    let minWidth = (spec.fill == "0" && spec.align == "=") ? width - nonDigit : 0
    let grouped: [UInt8] = parts.digits.isEmpty
        ? [] : groupDigits(parts.digits, groupSize: groupSize, separator: separator, minWidth: minWidth)
    let padding = width - (nonDigit + grouped.count)
    var left = 0, signPad = 0, right = 0
    if padding > 0 {
        switch spec.align {
        case "<": right = padding
        case "^": left = padding / 2; right = padding - left
        case "=": signPad = padding
        default: left = padding
        }
    }
    let fill = String(Character(spec.fill))
    var out = String(repeating: fill, count: left)
    out += signText
    out += parts.prefix
    out += String(repeating: fill, count: signPad)
    out += String(decoding: grouped, as: UTF8.self)
    out += parts.remainder
    out += String(repeating: fill, count: right)
    return out
}

/// Inserts separators every `groupSize` digits from the right, left-padding with
/// zeros (themselves grouped) up to `minWidth` characters, as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does. `groupSize == 0` means no grouping.
func groupDigits(_ digits: [UInt8], groupSize: Int, separator: UInt8, minWidth: Int) -> [UInt8] {
    var pieces: [[UInt8]] = []
    var remaining = digits.count
    var minWidth = minWidth
    func take(_ length: Int) {
        let zeros = max(0, length - remaining)
        let chars = max(0, min(remaining, length))
        pieces.append([UInt8](repeating: UInt8(ascii: "0"), count: zeros)
                      + digits[(remaining - chars)..<remaining])
        remaining -= chars
    }
    if groupSize == 0 {
        take(max(remaining, minWidth, 1))
    } else {
        while true {
            let length = min(groupSize, max(remaining, minWidth, 1))
            take(length)
            minWidth -= length
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1 // the separator's width
        }
    }
    var out: [UInt8] = []
    for (index, piece) in pieces.reversed().enumerated() {
        if index > 0 { out.append(separator) }
        out += piece
    }
    return out
}

/// Pads `text` of `length` characters to the spec's width (strings and 'c').
func padText(_ text: String, length: Int, spec: FormatSpec) -> String {
    let width = spec.width ?? -1
    let total = max(width, length)
    var left = 0
    switch spec.align {
    case ">": left = total - length
    case "^": left = (total - length) / 2
    default: left = 0
    }
    let right = total - length - left
    let fill = String(Character(spec.fill))
    return String(repeating: fill, count: left) + text + String(repeating: fill, count: right)
}
