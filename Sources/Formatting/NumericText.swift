/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace
/// becomes a space, any Unicode decimal digit its ASCII digit, and any other
/// non-ASCII character `?` (which no number parser accepts).
func asciiNumericText(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
        if c.isASCII {
            out.append(UInt8(c.value))
        } else if isPythonWhitespace(c) {
            out.append(UInt8(ascii: " "))
        } else if c.properties.numericType == .decimal, let v = c.properties.numericValue {
            out.append(UInt8(ascii: "0") + UInt8(v))
        } else {
            out.append(UInt8(ascii: "?"))
        }
    }
    return out
}

/// `str.isspace()` for one character: bidirectional class WS/B/S or category Zs.
func isPythonWhitespace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
         0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    default:
        return false
    }
}

/// ASCII whitespace as C's `Py_ISSPACE` sees it.
@inline(__always)
func isASCIISpace(_ b: UInt8) -> Bool {
    b == 0x20 || (b >= 0x09 && b <= 0x0D)
}

/// Drops leading and trailing ASCII whitespace.
func trimmedASCII(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end && isASCIISpace(bytes[start]) { start += 1 }
    while end > start && isASCIISpace(bytes[end - 1]) { end -= 1 }
    return bytes[start..<end]
}
