import XCTest
import BigInt
@testable import Formatting

/// str/bytes repr, ascii(), json and printf-style formatting against CPython fixtures.
final class TextFixtureTests: XCTestCase {
    private func reprFixture() throws -> [String: Any] {
        let rows = try loadFixture("str_reprs_wrapped")
        return rows[0][0] as! [String: Any]
    }

    func testIsPrintableMatchesUnicode14() throws {
        let data = try reprFixture()
        var printable = [Bool](repeating: false, count: 0x110000)
        for case let range as [Int] in data["printable"] as! [Any] {
            for cp in range[0]...range[1] { printable[cp] = true }
        }
        var mismatches: [String] = []
        for cp in 0..<0x110000 {
            let ours = Unicode.Scalar(UInt32(cp)).map(isPythonPrintable) ?? false
            if ours != printable[cp] { mismatches.append(String(cp, radix: 16)) }
        }
        XCTAssertTrue(mismatches.isEmpty, "\(mismatches.count) code points differ: \(mismatches.prefix(30))")
    }

    func testReprAsciiJSON() throws {
        let data = try reprFixture()
        var report = MismatchReport("repr/ascii/json")
        for case let row as [String] in data["reprs"] as! [Any] {
            let s = row[0]
            report.check(["ok", pythonStrRepr(s)], ["ok", row[1]], "repr(\(s.debugDescription))")
            report.check(["ok", pythonASCII(fromRepr: pythonStrRepr(s))], ["ok", row[2]], "ascii(\(s.debugDescription))")
            report.check(["ok", jsonString(s)], ["ok", row[3]], "json(\(s.debugDescription))")
            report.check(["ok", jsonString(s, ensureASCII: false)], ["ok", row[4]], "json ea=False(\(s.debugDescription))")
        }
        for case let row as [String] in data["bytes"] as! [Any] {
            var bytes: [UInt8] = []
            var i = row[0].startIndex
            while i < row[0].endIndex {
                let j = row[0].index(i, offsetBy: 2)
                bytes.append(UInt8(row[0][i..<j], radix: 16)!)
                i = j
            }
            report.check(["ok", pythonBytesRepr(bytes)], ["ok", row[1]], "bytes \(row[0])")
        }
        for case let row as [String] in data["jsonFloats"] as! [Any] {
            report.check(["ok", jsonFloat(doubleFromHex(row[0]))], ["ok", row[1]], "json float \(row[0])")
        }
        report.finish()
    }

    private func value(_ encoded: [Any]) -> PercentValue {
        let tag = encoded[0] as! String
        switch tag {
        case "int":
            let n = bigIntFromFixture(encoded[1] as! String)
            return PercentValue(kind: .int(n), typeName: "int",
                                str: { try pythonIntString(n) }, repr: { try pythonIntString(n) })
        case "bool":
            let text = encoded[2] as! String
            return PercentValue(kind: .int(bigIntFromFixture(encoded[1] as! String)), typeName: "bool",
                                str: { text }, repr: { text })
        case "float":
            let x = doubleFromHex(encoded[1] as! String)
            return PercentValue(kind: .float(x), typeName: "float",
                                str: { pythonFloatRepr(x) }, repr: { pythonFloatRepr(x) })
        case "str":
            let s = encoded[1] as! String
            return PercentValue(kind: .str(s), typeName: "str", str: { s }, repr: { pythonStrRepr(s) })
        default:
            let s = encoded[1] as! String, r = encoded[2] as! String
            let typeName = r.hasPrefix("[") ? "list" : "Obj"
            return PercentValue(kind: .other, typeName: typeName, str: { s }, repr: { r })
        }
    }

    struct KeyError: Error { var key: String }

    func testPercentFormatting() throws {
        var report = MismatchReport("str % args")
        for row in try loadFixture("percent") {
            let format = row[0] as! String
            let encoding = row[1] as! [Any]
            let args: PercentArguments
            switch encoding[0] as! String {
            case "tuple":
                args = PercentArguments(values: (encoding[1] as! [[Any]]).map(value), isTuple: true)
            case "one":
                let single = encoding[1] as! [Any]
                let v = value(single)
                // Python treats any non-tuple, non-str object with __getitem__ as a mapping.
                let isMapping = (single[0] as! String) == "other" && v.typeName == "list"
                args = PercentArguments(values: [v], isTuple: false,
                                        lookup: isMapping ? { key in throw KeyError(key: key) } : nil)
            default:
                let me = self
                let dict = encoding[1] as! [String: [Any]]
                // Only one-key dicts are printed whole, so key order cannot matter.
                let shown = "{" + dict.keys.sorted().map { key in
                    "'\(key)': " + ((try? me.value(dict[key]!).repr()) ?? "?")
                }.joined(separator: ", ") + "}"
                let asValue = PercentValue(kind: .other, typeName: "dict", str: { shown }, repr: { shown })
                args = PercentArguments(values: [asValue], isTuple: false, lookup: { key in
                    guard let v = dict[key] else { throw KeyError(key: key) }
                    return me.value(v)
                })
            }
            let expected = [row[2] as! String, row[3] as! String]
            var actual = outcome { try pythonPercentFormat(format, args) }
            if actual[0] == "SwiftError", actual[1].contains("KeyError") { actual = ["KeyError", expected[1]] }
            report.check(actual, expected, "\(format.debugDescription) % \(encoding)")
        }
        report.finish()
    }
}
