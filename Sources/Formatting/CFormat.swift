#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Formats one double with a C printf conversion (`%.*e` or `%.*f`).
///
/// glibc's printf is correctly rounded (exact decimal expansion, round-half-even),
/// which is what CPython's dtoa gives for the same precision; Foundation is avoided
/// to keep start-up fast.
func cFormat(_ conversion: Character, precision: Int, _ x: Double) -> String {
    let format = "%.*" + String(conversion)
    let p = Int32(clamping: precision)
    var buffer = [CChar](repeating: 0, count: 80)
    var needed = withVaList([p, x]) { vsnprintf(&buffer, buffer.count, format, $0) }
    if Int(needed) >= buffer.count {
        buffer = [CChar](repeating: 0, count: Int(needed) + 1)
        needed = withVaList([p, x]) { vsnprintf(&buffer, buffer.count, format, $0) }
    }
    return String(decoding: buffer[0..<Int(needed)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
