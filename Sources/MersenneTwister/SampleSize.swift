#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `math.ceil(math.log(x, 4))` exactly as CPython computes it: `log(x) / log(4)`
/// with the platform libm, so the rounding of the quotient matches too.
func ceilLog4(_ x: Double) -> Int {
    Int((log(x) / log(4.0)).rounded(.up))
}

/// `4 ** e` for the small exponents `sample` needs.
func power4(_ e: Int) -> Int {
    e <= 0 ? 1 : 1 << (2 * e)
}
