#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's two normal-distribution generators, draw for draw, so seeded programs print
/// the same numbers. Both return the standard deviate `z`; the caller computes
/// `mu + z * sigma` with Python arithmetic (any number types, CPython's errors).
extension PythonRandom {
    /// `gauss()`: Box–Muller. One pair of `random()` draws gives two deviates; the sine one
    /// is kept in `gaussNext` and returned by the next call without drawing.
    public mutating func gaussDeviate() -> Double {
        if let z = gaussNext {
            gaussNext = nil
            return z
        }
        let x2pi = random() * (2.0 * Double.pi)
        let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
        gaussNext = sin(x2pi) * g2rad
        return cos(x2pi) * g2rad
    }

    /// `normalvariate()`: Kinderman and Monahan's ratio-of-uniforms method, with rejection.
    /// It never touches `gaussNext`.
    public mutating func normalDeviate() -> Double {
        let magic = 4 * exp(-0.5) / (2.0 as Double).squareRoot()
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            let z = magic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { return z }
        }
    }
}
