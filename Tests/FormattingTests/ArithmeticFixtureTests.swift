import XCTest
import BigInt
@testable import Formatting

/// Float arithmetic, int division and number parsing against CPython fixtures.
final class ArithmeticFixtureTests: XCTestCase {
    private func bitsText(_ x: Double) -> String {
        let hex = String(x.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Our outcome with unsupported (complex) results named as the fixture names them.
    private func run(_ body: () throws -> String) -> [String] {
        let result = outcome(body)
        return result[0] == "NotSupported" && result[1].hasPrefix("complex") ? ["complex", ""] : result
    }

    func testFloatArithmetic() throws {
        var report = MismatchReport("float arithmetic")
        for row in try loadFixture("float_arith") {
            let op = row[0] as! String
            let x = doubleFromHex(row[1] as! String)
            let expectedKind = row[3] as! String
            let expected: [String]
            if let pair = row[4] as? [String] {
                expected = [expectedKind, pair.joined(separator: ",")]
            } else {
                expected = [expectedKind, row[4] as! String]
            }
            let actual: [String]
            switch op {
            case "round":
                let nd = row[2] as! Int
                actual = run { bitsText(try pythonFloatRound(x, ndigits: nd)) }
            case "roundint":
                actual = run { String(try pythonFloatRoundToInt(x)) }
            case "int":
                actual = run { String(try pythonFloatToInt(x)) }
            default:
                let y = doubleFromHex(row[2] as! String)
                actual = run {
                    switch op {
                    case "mod": return bitsText(try pythonFloatMod(x, y))
                    case "floordiv": return bitsText(try pythonFloatFloorDiv(x, y))
                    case "divmod":
                        let (q, r) = try pythonFloatDivMod(x, y)
                        return bitsText(q) + "," + bitsText(r)
                    default: return bitsText(try pythonFloatPow(x, y))
                    }
                }
            }
            report.check(normalizeNaN(actual), normalizeNaN(expected), "\(op)(\(pythonFloatRepr(x)), \(row[2]))")
        }
        report.finish()
    }

    /// NaN payloads and signs are not observable from Python (repr is 'nan').
    private func normalizeNaN(_ outcome: [String]) -> [String] {
        guard outcome[0] == "ok" else { return outcome }
        let parts = outcome[1].split(separator: ",").map { part -> String in
            guard part.count == 16, let bits = UInt64(part, radix: 16) else { return String(part) }
            return Double(bitPattern: bits).isNaN ? "nan" : String(part)
        }
        return ["ok", parts.joined(separator: ",")]
    }

    func testIntDivisionAndConversion() throws {
        var report = MismatchReport("int / int and float(int)")
        for row in try loadFixture("int_division") {
            let a = bigIntFromFixture(row[0] as! String)
            let expected = [row[2] as! String, row[3] as! String]
            if let bText = row[1] as? String {
                let b = bigIntFromFixture(bText)
                report.check(outcome { bitsText(try intTrueDivide(a, b)) }, expected, "\(row[0]) / \(bText)")
                if let sa = Int(exactly: a), let sb = Int(exactly: b) {
                    report.check(outcome { bitsText(try intTrueDivide(sa, sb)) }, expected, "Int \(sa) / \(sb)")
                }
            } else {
                report.check(outcome { bitsText(try bigIntToDouble(a)) }, expected, "float(\(row[0]))")
            }
        }
        report.finish()
    }

    func testParseNumbers() throws {
        var report = MismatchReport("float(str) / int(str, base)")
        for row in try loadFixture("parse_numbers") {
            let text = row[1] as! String
            let base = row[2] as! Int
            let expected = [row[3] as! String, row[4] as! String]
            if row[0] as! String == "float" {
                report.check(normalizeNaN(outcome { bitsText(try pythonParseFloat(text)) }), normalizeNaN(expected),
                             "float(\(text.debugDescription))")
            } else {
                // Compared in hex: decimal text of 4300-digit values is slow in debug builds.
                report.check(outcome { pythonHex(try pythonParseInt(text, base: base)) }, expected,
                             "int(\(text.prefix(40).debugDescription), \(base))")
            }
        }
        report.finish()
    }

    func testIntTextAndArithmetic() throws {
        var report = MismatchReport("int str/hex/oct/bin, //, %, divmod, round")
        let ndigits: [BigInt] = [3, 0, -1, -2, -3, -9, -10, -30, -45, -100]
        func hexText(_ n: BigInt) -> String { pythonHex(n) }
        func attempt(_ body: () throws -> String) -> String {
            let r = outcome(body)
            return r[0] == "ok" ? r[1] : r[0] + ": " + r[1]
        }
        for row in try loadFixture("int_text") {
            let a = bigIntFromFixture(row[0] as! String)
            let b = bigIntFromFixture(row[1] as! String)
            let label = "a=\(a) b=\(b)"
            report.check(outcome { try pythonIntString(a) }, ["ok", row[2] as! String], "str \(label)")
            report.check(["ok", pythonHex(a), pythonOct(a), pythonBin(a)],
                         ["ok", row[3] as! String, row[4] as! String, row[5] as! String], "hex/oct/bin \(label)")
            report.check([attempt { hexText(try pythonIntFloorDiv(a, b)) }], [row[6] as! String], "// \(label)")
            report.check([attempt { hexText(try pythonIntMod(a, b)) }], [row[7] as! String], "% \(label)")
            let expectedDivMod = (row[8] as? [String])?.joined(separator: ",") ?? row[8] as! String
            report.check([attempt { let (q, r) = try pythonIntDivMod(a, b); return hexText(q) + "," + hexText(r) }],
                         [expectedDivMod], "divmod \(label)")
            report.check(ndigits.map { hexText(pythonIntRound(a, ndigits: $0)) }, row[9] as! [String], "round \(label)")
        }
        report.finish()
    }

    func testIntStringLimitAndBases() throws {
        let big = BigInt(10).power(4300)
        XCTAssertThrowsError(try pythonIntString(big)) { error in
            XCTAssertEqual((error as? PythonError)?.message,
                           "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        XCTAssertEqual(try pythonIntString(big - 1).count, 4300)
        XCTAssertEqual(try pythonIntString(-(big - 1)).count, 4301)
        XCTAssertEqual(try pythonIntString(big, maxStrDigits: 0).count, 4301)
        XCTAssertEqual(pythonHex(BigInt(10).power(30)), "0xc9f2c9cd04674edea40000000")
        XCTAssertEqual(pythonHex(-255), "-0xff")
        XCTAssertEqual(pythonOct(-8), "-0o10")
        XCTAssertEqual(pythonBin(0), "0b0")
        XCTAssertEqual(pythonBin(5), "0b101")
    }
}
