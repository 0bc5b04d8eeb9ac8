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
/// Built as UTF-8 bytes and decoded once (this runs for every formatted number).
func layoutNumber(_ parts: NumberParts, spec: FormatSpec, groupSize: Int) -> String {
    var sign: UInt8?
    if parts.negative {
        sign = UInt8(ascii: "-")
    } else if spec.sign == "+" {
        sign = UInt8(ascii: "+")
    } else if spec.sign == " " {
        sign = UInt8(ascii: " ")
    }
    let separator: UInt8 = spec.grouping == .comma ? UInt8(ascii: ",") : UInt8(ascii: "_")
    let prefix = parts.prefix.utf8
    let remainder = parts.remainder.utf8
    let remainderLength = parts.remainder.unicodeScalars.count
    let nonDigit = (sign == nil ? 0 : 1) + prefix.count + remainderLength
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
    var fill = [UInt8]()
    UTF8.encode(spec.fill) { fill.append($0) }
    var out = [UInt8]()
    out.reserveCapacity((left + signPad + right) * fill.count + nonDigit + grouped.count + 8)
    func pad(_ n: Int) {
        if fill.count == 1 {
            out.append(contentsOf: repeatElement(fill[0], count: n))
        } else {
            for _ in 0..<n { out += fill }
        }
    }
    pad(left)
    if let s = sign { out.append(s) }
    out += prefix
    pad(signPad)
    out += grouped
    out += remainder
    pad(right)
    return String(decoding: out, as: UTF8.self)
}

/// Inserts separators every `groupSize` digits from the right, left-padding with
/// zeros (themselves grouped) up to `minWidth` characters, as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does. `groupSize == 0` means no grouping.
func groupDigits(_ digits: [UInt8], groupSize: Int, separator: UInt8, minWidth: Int) -> [UInt8] {
    if groupSize == 0 && !digits.isEmpty && minWidth <= digits.count { return digits }
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
