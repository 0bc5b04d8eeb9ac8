/// Pads, signs and groups a formatted number the way CPython's
/// `calc_number_widths`/`fill_number` do.
///
/// A number arrives split as: its sign, a prefix (`0x`…), a run of digits to group,
/// and a remainder (decimal point, fraction, exponent, `%`, or a 'c' character) copied as
/// is. Digits and remainder are UTF-8 bytes borrowed from the caller (often a stack
/// buffer), and the text is written once, straight into the result string: this runs for
/// every formatted number, so it makes no intermediate arrays.
struct NumberParts {
    var negative: Bool
    var prefix: StaticString = ""
    var digits: UnsafeBufferPointer<UInt8>
    var remainder: UnsafeBufferPointer<UInt8>
}

/// Lays out `parts` under `spec`; `groupSize` is 3 or 4 (`_` with b/o/x/X), 0 for none.
func layoutNumber(_ parts: NumberParts, spec: FormatSpec, groupSize: Int) -> String {
    var sign: UInt8 = 0
    if parts.negative {
        sign = UInt8(ascii: "-")
    } else if spec.sign == "+" {
        sign = UInt8(ascii: "+")
    } else if spec.sign == " " {
        sign = UInt8(ascii: " ")
    }
    let separator: UInt8 = spec.grouping == .comma ? UInt8(ascii: ",") : UInt8(ascii: "_")
    let prefixCount = parts.prefix.utf8CodeUnitCount
    let remainderLength = codePointCount(parts.remainder)
    let nonDigit = (sign == 0 ? 0 : 1) + prefixCount + remainderLength
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
    let byteCount = (left + signPad + right) * fill.count + (sign == 0 ? 0 : 1) + prefixCount
        + groupedCount + parts.remainder.count
    if byteCount == 0 { return "" }
    return String(unsafeUninitializedCapacity: byteCount) { buffer in
        var out = ByteWriter(buffer.baseAddress!)
        out.fill(fill, left)
        if sign != 0 { out.put(sign) }
        out.put(UnsafeBufferPointer(start: parts.prefix.utf8Start, count: prefixCount))
        out.fill(fill, signPad)
        if !parts.digits.isEmpty {
            writeGroupedDigits(parts.digits, groupSize: groupSize, separator: separator,
                               count: groupedCount, minWidth: minWidth, at: out.position)
            out.position += groupedCount
        }
        out.put(parts.remainder)
        out.fill(fill, right)
        return out.position - buffer.baseAddress!
    }
}

/// Appends bytes at a moving position in a buffer sized beforehand.
private struct ByteWriter {
    var position: UnsafeMutablePointer<UInt8>
    init(_ start: UnsafeMutablePointer<UInt8>) { position = start }

    mutating func put(_ b: UInt8) {
        position.pointee = b
        position += 1
    }

    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        position.update(from: base, count: bytes.count)
        position += bytes.count
    }

    mutating func fill(_ fill: FillBytes, _ n: Int) {
        guard n > 0 else { return }
        if fill.count == 1 {
            position.update(repeating: fill.bytes.0, count: n)
            position += n
            return
        }
        for _ in 0..<n {
            put(fill.bytes.0)
            put(fill.bytes.1)
            if fill.count > 2 { put(fill.bytes.2) }
            if fill.count > 3 { put(fill.bytes.3) }
        }
    }
}

/// The fill character as UTF-8 bytes.
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
}

/// The number of code points in UTF-8 `bytes` (the bytes that do not continue a sequence).
func codePointCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for b in bytes where b & 0xC0 != 0x80 { n += 1 }
    return n
}

/// How many characters `writeGroupedDigits` writes for `count` digits.
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

/// Writes `digits` (`count` characters in all, from `groupedLength`) at `start`, with a
/// separator every `groupSize` digits from the right and left-padded with zeros (themselves
/// grouped) up to `minWidth` characters, as CPython's `_PyUnicode_InsertThousandsGrouping`
/// does. `groupSize == 0` means no grouping.
private func writeGroupedDigits(_ digits: UnsafeBufferPointer<UInt8>, groupSize: Int, separator: UInt8,
                                count total: Int, minWidth: Int, at start: UnsafeMutablePointer<UInt8>) {
    start.update(repeating: UInt8(ascii: "0"), count: total)
    if groupSize == 0 {
        (start + (total - digits.count)).update(from: digits.baseAddress!, count: digits.count)
        return
    }
    // Right to left, group by group; zeros for the rest of a group are already there.
    var write = total
    var remaining = digits.count
    var minWidth = minWidth
    var first = true
    while true {
        let length = min(groupSize, max(remaining, minWidth, 1))
        if !first { write -= 1; start[write] = separator }
        first = false
        let chars = max(0, min(remaining, length))
        for k in 0..<chars { start[write - 1 - k] = digits[remaining - 1 - k] }
        write -= length
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
