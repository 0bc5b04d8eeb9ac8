import Foundation
import XCTest
@testable import Syntax

/// Checks every snippet of Fixtures/syntax_errors.json (recorded from python3 by
/// gen_syntax_errors.py) against our parser: class, message, line, offset, end line, end offset.
final class SyntaxErrorFixtureTests: XCTestCase {
    struct Case {
        var name: String
        var source: [UInt8]
        var cls: String?
        var msg: String?
        var lineno: Int?
        var offset: Int?
        var endLineno: Int?
        var endOffset: Int?
        var text: String?
        /// For very long lines only a prefix of `text` is recorded, plus its length.
        var textLength: Int?
        /// What python3 printed on stderr.
        var stderr: String?
    }

    static func loadCases(_ fixture: String = "syntax_errors.json") throws -> [Case] {
        // SYNTAX_FIXTURE=path runs the same comparison on another recorded fixture file.
        let url = ProcessInfo.processInfo.environment["SYNTAX_FIXTURE"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + fixture)
        let data = try Data(contentsOf: url)
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (root["cases"] as! [[String: Any]]).map { c in
            var source: [UInt8]
            if let parts = c["source_parts"] as? [[Any]] {
                // Huge generated snippets are stored run-length encoded: [unit, count] pairs.
                var text = ""
                for p in parts { text += String(repeating: p[0] as! String, count: p[1] as! Int) }
                source = Array(text.utf8)
            } else if let edit = c["edit"] as? [String: Any] {
                // A mutant: one line of a program in Programs/ replaced (gen_mutation_fixtures.py).
                let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")
                let program = (try? String(contentsOf: programs.appendingPathComponent(edit["program"] as! String), encoding: .utf8)) ?? ""
                var lines = program.replacingOccurrences(of: "%time ", with: "").components(separatedBy: "\n")
                lines[edit["line"] as! Int] = edit["text"] as! String
                source = Array(lines.joined(separator: "\n").utf8)
            } else {
                source = Array(Data(base64Encoded: c["source_b64"] as! String)!)
            }
            return Case(name: c["name"] as! String,
                 source: source,
                 cls: c["class"] as? String, msg: c["msg"] as? String,
                 lineno: c["lineno"] as? Int, offset: c["offset"] as? Int,
                 endLineno: c["end_lineno"] as? Int, endOffset: c["end_offset"] as? Int,
                 text: c["text"] as? String, textLength: c["text_length"] as? Int,
                 stderr: c["stderr"] as? String)
        }
    }

    /// Snippets CPython accepts but lessons do not: they must give an `.unsupported` error.
    static let unsupportedInLessons: Set<String> = ["imaginary", "match_statement_bad", "match_stmt_valid"]

    static func show(_ s: String?) -> String {
        guard let s else { return "None" }
        let t = s.count > 60 ? String(s.prefix(60)) + "…" : s
        return String(reflecting: t)
    }

    /// Mutants whose error CPython finds through grammar-memoisation effects we do not model.
    static let knownMutantDifferences: Set<String> = ["mut061"]

    func testAgainstCPython() throws {
        try compare(Self.loadCases(), allowed: [])
    }

    /// 1500 one-line mutations of the tutorial programs (gen_mutation_fixtures.py).
    func testMutantsAgainstCPython() throws {
        try compare(Self.loadCases("mutations.json"), allowed: Self.knownMutantDifferences)
    }

    func compare(_ cases: [Case], allowed: Set<String>) throws {
        var failures: [String] = []
        for c in cases where !allowed.contains(c.name) {
            let result = parse(SourceFile(name: "snippet.py", bytes: c.source))
            let got: String
            switch result {
            case .success(let module):
                got = "OK"
                let report = module.warnings.map { $0.cpythonReport }.joined()
                if let expected = c.stderr, report != expected {
                    failures.append("\(c.name): warnings differ\n    expected \(String(reflecting: expected))\n    got      \(String(reflecting: report))")
                }
            case .failure(let e):
                var text = e.text
                if let n = c.textLength, let t = text {
                    text = t.unicodeScalars.count == n ? String(String.UnicodeScalarView(t.unicodeScalars.prefix(64))) : t
                }
                got = "\(e.kind.rawValue) | \(e.message) | \(e.line.map(String.init) ?? "None") \(e.offset.map(String.init) ?? "None") \(e.endLine.map(String.init) ?? "None") \(e.endOffset.map(String.init) ?? "None") | \(Self.show(text))"
                if let expected = c.stderr, e.kind != .unsupported, e.cpythonReport != expected {
                    failures.append("\(c.name): stderr differs\n    expected \(String(reflecting: expected))\n    got      \(String(reflecting: e.cpythonReport))")
                }
            }
            let expected: String
            if Self.unsupportedInLessons.contains(c.name) {
                if case .failure(let e) = result, e.kind == .unsupported { continue }
                expected = "Unsupported"
            } else if let cls = c.cls, cls != "NameError" {
                expected = "\(cls) | \(c.msg ?? "") | \(c.lineno.map(String.init) ?? "None") \(c.offset.map(String.init) ?? "None") \(c.endLineno.map(String.init) ?? "None") \(c.endOffset.map(String.init) ?? "None") | \(Self.show(c.text))"
            } else {
                expected = "OK"
            }
            if got != expected && !allowed.contains(c.name) {
                failures.append("\(c.name):\n    expected \(expected)\n    got      \(got)")
            }
        }
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(cases.count) snippets differ from CPython:\n" + failures.joined(separator: "\n"))
        }
    }
}
