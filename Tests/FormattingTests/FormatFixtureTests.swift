import XCTest
import BigInt
@testable import Formatting

/// Compares repr() and format() against CPython-generated fixtures.
final class FormatFixtureTests: XCTestCase {
    func testFloatRepr() throws {
        var report = MismatchReport("float repr")
        for row in try loadFixture("float_repr") {
            let x = doubleFromHex(row[0] as! String)
            report.check(["ok", pythonFloatRepr(x)], ["ok", row[1] as! String], "repr(\(row[0]))")
        }
        report.finish()
    }

    func testFormatFloat() throws {
        var report = MismatchReport("format(float)")
        for row in try loadFixture("format_float") {
            let x = doubleFromHex(row[0] as! String)
            let spec = row[1] as! String
            let actual = outcome { try formatFloat(x, spec) }
            report.check(actual, [row[2] as! String, row[3] as! String],
                         "format(\(pythonFloatRepr(x)), \(spec.debugDescription))")
        }
        report.finish()
    }

    func testFormatInt() throws {
        var report = MismatchReport("format(int)")
        for row in try loadFixture("format_int") {
            let n = bigIntFromFixture(row[0] as! String)
            let spec = row[1] as! String
            let expected = [row[2] as! String, row[3] as! String]
            report.check(outcome { try formatInt(n, spec) }, expected, "format(\(row[0]), \(spec.debugDescription))")
            if let small = Int(exactly: n) {
                report.check(outcome { try formatInt(small, spec) }, expected,
                             "format(Int \(small), \(spec.debugDescription))")
            }
        }
        report.finish()
    }

    func testFormatString() throws {
        var report = MismatchReport("format(str)")
        for row in try loadFixture("format_str") {
            let s = row[0] as! String
            let spec = row[1] as! String
            report.check(outcome { try formatString(s, spec) }, [row[2] as! String, row[3] as! String],
                         "format(\(s.debugDescription), \(spec.debugDescription))")
        }
        report.finish()
    }

    func testGrammarGeneratedSpecs() throws {
        var report = MismatchReport("format() with generated specs")
        for row in try loadFixture("format_random") {
            let spec = row[2] as! String
            let expected = [row[3] as! String, row[4] as! String]
            let actual: [String]
            switch row[0] as! String {
            case "float": actual = outcome { try formatFloat(doubleFromHex(row[1] as! String), spec) }
            case "int": actual = outcome { try formatInt(bigIntFromFixture(row[1] as! String), spec) }
            default: actual = outcome { try formatString(row[1] as! String, spec) }
            }
            report.check(actual, expected, "format(\(row[0]) \(row[1]), \(spec.debugDescription))")
        }
        report.finish()
    }

    /// Guards against a vacuous fixture comparison: a wrong answer must be caught.
    func testMismatchIsDetected() {
        var report = MismatchReport("self-check")
        report.check(["ok", pythonFloatRepr(0.1)], ["ok", "0.10000000000000001"], "0.1")
        XCTAssertEqual(report.failures.count, 1)
    }
}
