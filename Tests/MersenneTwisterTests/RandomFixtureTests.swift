import Foundation
import XCTest
import BigInt
@testable import MersenneTwister

/// Replays CPython-recorded random programs (gen_fixtures.py) and compares every output.
final class RandomFixtureTests: XCTestCase {
    private func load(_ name: String) throws -> Any {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json",
                                                  subdirectory: "Fixtures"))
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    private func double(_ hex: Any) -> Double { Double(bitPattern: UInt64(hex as! String, radix: 16)!) }

    private func bytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex {
            let j = hex.index(i, offsetBy: 2)
            out.append(UInt8(hex[i..<j], radix: 16)!)
            i = j
        }
        return out
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// [kind, text] of a throwing call, matching the fixture's encoding.
    private func attempt(_ body: () throws -> String) -> [String] {
        do { return ["ok", try body()] } catch let e as RandomError { return [e.typeName, e.message] } catch {
            return ["SwiftError", "\(error)"]
        }
    }

    func testSHA512MatchesHashlib() throws {
        let rows = try load("sha512") as! [[String]]
        XCTAssertGreaterThan(rows.count, 200)
        var failures = 0
        for row in rows where hex(sha512(bytes(row[0]))) != row[1] {
            failures += 1
            if failures < 5 { XCTFail("sha512 of \(row[0].count / 2) bytes differs") }
        }
        XCTAssertEqual(failures, 0)
    }

    func testFloatHash() throws {
        let rows = try load("float_hash") as! [[String]]
        var failures: [String] = []
        for row in rows {
            let x = double(row[0])
            let got = pythonFloatHash(x).map(String.init) ?? "nil"
            if got != row[1] { failures.append("hash(\(x)) = \(got), expected \(row[1])") }
        }
        XCTAssertGreaterThan(rows.count, 1000)
        XCTAssertTrue(failures.isEmpty, failures.prefix(10).joined(separator: "\n"))
    }

    func testScripts() throws {
        let scripts = try load("scripts") as! [[String: Any]]
        var checked = 0
        var failures: [String] = []
        for script in scripts {
            var r = PythonRandom()
            let seedText = script["seed"] as! String
            switch script["seedKind"] as! String {
            case "int": r.seed(BigInt(seedText)!)
            case "str": r.seed(seedText)
            case "bytes": r.seed(bytes: bytes(seedText))
            default: try r.seed(double(seedText))
            }
            let label = "seed(\(script["seedKind"]!) \(seedText.prefix(30)))"
            for (i, expected) in (script["first"] as! [String]).enumerated() {
                checked += 1
                let got = r.random()
                if got != double(expected) { failures.append("\(label) random #\(i): \(got)") }
            }
            for case let op as [Any] in script["ops"] as! [Any] {
                checked += 1
                let name = op[0] as! String
                let (got, expected) = run(&r, op)
                if got != expected {
                    failures.append("\(label) \(name) \(op.dropFirst().prefix(3)): got \(got) expected \(expected)")
                    break // later outputs would only repeat the divergence
                }
            }
        }
        XCTAssertGreaterThan(checked, 3000)
        XCTAssertTrue(failures.isEmpty, "\(failures.count) failures:\n" + failures.prefix(15).joined(separator: "\n"))
    }

    /// Runs one recorded operation; returns (ours, CPython's) rendered alike.
    private func run(_ r: inout PythonRandom, _ op: [Any]) -> ([String], [String]) {
        func big(_ i: Int) -> BigInt { BigInt(op[i] as! String)! }
        func tail(_ from: Int) -> [String] { op[from...].map { "\($0)" } }
        switch op[0] as! String {
        case "random":
            return ([String(r.random().bitPattern, radix: 16)], [String(double(op[1]).bitPattern, radix: 16)])
        case "getrandbits":
            return ([String(try! r.getrandbits(op[1] as! Int))], [op[2] as! String])
        case "randrange1":
            return (attempt { String(try r.randrange(big(1))) }, tail(2))
        case "randrange2":
            return (attempt { String(try r.randrange(big(1), big(2))) }, tail(3))
        case "randrange3":
            // Exercise the machine-word overload here; randrange2 covers BigInt.
            let a = Int(big(1)), b = Int(big(2)), step = Int(big(3))
            return (attempt { String(try r.randrange(a, b, step: step)) }, tail(4))
        case "randint":
            return (attempt { String(try r.randint(big(1), big(2))) }, tail(3))
        case "choice":
            return (attempt { String(try r.choiceIndex(count: op[1] as! Int)) }, tail(2))
        case "shuffle":
            var items = Array(0..<(op[1] as! Int))
            r.shuffle(&items)
            return (items.map(String.init), (op[2] as! [Int]).map(String.init))
        case "sample":
            let expected: [String] = (op[3] as! String) == "ok"
                ? ["ok"] + (op[4] as! [Int]).map(String.init) : [op[3] as! String, op[4] as! String]
            do {
                return (["ok"] + (try r.sample(populationCount: op[1] as! Int, k: op[2] as! Int)).map(String.init), expected)
            } catch let e as RandomError {
                return ([e.typeName, e.message], expected)
            } catch { return (["SwiftError"], expected) }
        case "uniform":
            let got = r.uniform(double(op[1]), double(op[2]))
            return ([String(got.bitPattern, radix: 16)], [String(double(op[3]).bitPattern, radix: 16)])
        case "choices":
            return (attempt { "\(try r.choicesIndices(count: op[1] as! Int, k: op[2] as! Int))" }, tail(3))
        case "wchoices":
            let cumulative = (op[1] as! [String]).map { double($0) }
            return (attempt { "\(try r.choicesIndices(cumulativeWeights: cumulative, k: op[2] as! Int))" }, tail(3))
        case "randbelow_big":
            return ([String(r.randbelow(big(1)))], [op[2] as! String])
        default:
            return (["unknown op"], [])
        }
    }

    /// The comparison must be able to fail: a different seed gives different output.
    func testDifferentSeedsDiffer() {
        var a = PythonRandom(seed: 1), b = PythonRandom(seed: 2)
        XCTAssertNotEqual(a.random(), b.random())
    }
}
