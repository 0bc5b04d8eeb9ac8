import Foundation
import XCTest
import BigInt
@testable import Formatting

/// Loads a JSON fixture written by gen_fixtures.py (arrays of rows).
func loadFixture(_ name: String) throws -> [[Any]] {
    let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json",
                                              subdirectory: "Fixtures"), "missing fixture \(name)")
    let data = try Data(contentsOf: url)
    return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[Any]])
}

/// A double from its big-endian IEEE bit pattern in hex.
func doubleFromHex(_ hex: String) -> Double {
    Double(bitPattern: UInt64(hex, radix: 16)!)
}

/// An int written in decimal or as `0x…`/`-0x…`.
func bigIntFromFixture(_ text: String) -> BigInt {
    var t = Substring(text)
    let negative = t.hasPrefix("-")
    if negative { t = t.dropFirst() }
    let value: BigInt
    if t.hasPrefix("0x") {
        value = BigInt(String(t.dropFirst(2)), radix: 16)!
    } else {
        value = BigInt(String(t))!
    }
    return negative ? -value : value
}

/// Runs `body`, rendering its outcome as the fixture's [kind, text] pair.
func outcome(_ body: () throws -> String) -> [String] {
    do {
        return ["ok", try body()]
    } catch let error as PythonError {
        return [error.typeName, error.message]
    } catch {
        return ["SwiftError", "\(error)"]
    }
}

/// Collects mismatches and reports a readable sample plus the total.
struct MismatchReport {
    var label: String
    var failures: [String] = []
    var checked = 0

    init(_ label: String) { self.label = label }

    mutating func check(_ actual: [String], _ expected: [String], _ context: @autoclosure () -> String) {
        checked += 1
        if actual != expected {
            failures.append("\(context()): got \(actual) expected \(expected)")
        }
    }

    func finish(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThan(checked, 0, "\(label): no cases", file: file, line: line)
        if !failures.isEmpty {
            XCTFail("\(label): \(failures.count)/\(checked) mismatches:\n"
                    + failures.prefix(25).joined(separator: "\n"), file: file, line: line)
        }
    }
}
