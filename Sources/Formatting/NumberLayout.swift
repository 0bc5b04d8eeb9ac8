/// Pads, signs and groups a formatted number the way CPython's
/// `calc_number_widths`/`fill_number` do.
///
/// A number arrives split as: its sign, a prefix (`0x`…), a run of digits to group,
/// and a remainder (decimal point, fraction, exponent, `%`) copied as is.
struct NumberParts {
    var negative: Bool
    var prefix: String = ""
    var digits: [UInt8]
    /// UTF-8 bytes (a 'c' conversion can put any character here).
    var remainder: [UInt8] = []
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
    let remainderLength = codePointCount(parts.remainder)
    let nonDigit = (sign == nil ? 0 : 1) + prefix.count + remainderLength
    let width = spec.width ?? -1
    // With '0' fill and '=' alignment the padding zeros join the grouped digits.
    let minWidth = (spec.fill == "0" && spec.align == "=") ? width - nonDigit : 0
    let groupedCount = parts.digits.isEmpty
        ? 0 : groupedLength(parts.digits.count, groupSize: groupSize, minWidth: minWidth)
    let padding = width - (nonDigit + groupedCount)
    var left = 0, signPad = 0, right = 0
    if padding > 0 {
        switch spec.align {
        case "<": right = padding
        case "^": left = padding / 2; right = padding - left
        case "=": signPad = padding
        default: left = padding
        }
    }
    let fill = FillBytes(spec.fill)
    var out = [UInt8]()
    out.reserveCapacity((left + signPad + right) * fill.count + nonDigit + groupedCount + 8)
    fill.append(left, to: &out)
    if let s = sign { out.append(s) }
    out += prefix
    fill.append(signPad, to: &out)
    if !parts.digits.isEmpty {
        appendGroupedDigits(parts.digits, groupSize: groupSize, separator: separator, minWidth: minWidth, to: &out)
    }
    out += parts.remainder
    fill.append(right, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// The fill character as UTF-8, appended `n` times without per-call allocations for ASCII.
private struct FillBytes {
    var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    var count = 0

    init(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { b in
            switch count {
            case 0: bytes.0 = b
            case 1: bytes.1 = b
            case 2: bytes.2 = b
            default: bytes.3 = b
            }
            count += 1
        }
    }

    func append(_ n: Int, to out: inout [UInt8]) {
        guard n > 0 else { return }
        if count == 1 {
            out.append(contentsOf: repeatElement(bytes.0, count: n))
            return
        }
        for _ in 0..<n {
            out.append(bytes.0)
            out.append(bytes.1)
            if count > 2 { out.append(bytes.2) }
            if count > 3 { out.append(bytes.3) }
        }
    }
}

/// The number of code points in UTF-8 `bytes` (the bytes that do not continue a sequence).
func codePointCount(_ bytes: [UInt8]) -> Int {
    var n = 0
    for b in bytes where b & 0xC0 != 0x80 { n += 1 }
    return n
}

/// How many characters `appendGroupedDigits` writes for `count` digits.
private func groupedLength(_ count: Int, groupSize: Int, minWidth: Int) -> Int {
    if groupSize == 0 { return max(count, minWidth, 1) }
    var remaining = count, minWidth = minWidth, total = 0, first = true
    while true {
        let length = min(groupSize, max(remaining, minWidth, 1))
        if !first { total += 1 }
        first = false
        total += length
        remaining -= min(remaining, length)
        minWidth -= length
        if remaining <= 0 && minWidth <= 0 { break }
        minWidth -= 1 // the separator's width
    }
    return total
}

/// Appends `digits` with a separator every `groupSize` digits from the right, left-padded
/// with zeros (themselves grouped) up to `minWidth` characters, as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does. `groupSize == 0` means no grouping.
func appendGroupedDigits(_ digits: [UInt8], groupSize: Int, separator: UInt8, minWidth: Int,
                         to out: inout [UInt8]) {
    let total = groupedLength(digits.count, groupSize: groupSize, minWidth: minWidth)
    if groupSize == 0 {
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: total - digits.count))
        out += digits
        return
    }
    // Written right to left into the tail of `out`, group by group.
    let base = out.count
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: total))
    var write = base + total
    var remaining = digits.count
    var minWidth = minWidth
    var first = true
    while true {
        let length = min(groupSize, max(remaining, minWidth, 1))
        if !first { write -= 1; out[write] = separator }
        first = false
        let chars = max(0, min(remaining, length))
        for k in 0..<chars { out[write - 1 - k] = digits[remaining - 1 - k] }
        write -= length // zeros for the rest of the group are already there
        remaining -= chars
        minWidth -= length
        if remaining <= 0 && minWidth <= 0 { break }
        minWidth -= 1 // the separator's width
    }
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
