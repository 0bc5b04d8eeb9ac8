import Foundation
import XCTest
@testable import Syntax

/// Parses the good programs of Fixtures/ast_dumps.json (recorded from CPython's `ast` by
/// gen_ast_fixtures.py) and compares tree shape and node positions.
final class ASTShapeTests: XCTestCase {
    func testAgainstCPythonAST() throws {
        // AST_FIXTURE=path compares another recorded set (e.g. the standard library's modules).
        let url = ProcessInfo.processInfo.environment["AST_FIXTURE"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ast_dumps.json")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let cases = root["cases"] as! [[String: Any]]
        var failures: [String] = []
        for c in cases {
            let name = c["name"] as! String
            let source = c["source"] as! String
            switch parseTree(SourceFile(name: name, text: source), mode: .module) {
            case .failure(let e):
                failures.append("\(name): parse failed: \(e)")
            case .success(let tree):
                var d = ASTDump()
                let dump = d.dump(tree.body)
                let expected = c["dump"] as! String
                if dump != expected {
                    failures.append("\(name): shape differs\n  expected \(expected)\n  got      \(dump)")
                }
                let positions = c["positions"] as! [String]
                if d.positions != positions {
                    let firstDiff = Array(zip(positions, d.positions)).firstIndex { $0.0 != $0.1 } ?? min(positions.count, d.positions.count)
                    let exp = firstDiff < positions.count ? positions[firstDiff] : "(end)"
                    let got = firstDiff < d.positions.count ? d.positions[firstDiff] : "(end)"
                    failures.append("\(name): positions differ at #\(firstDiff): expected \(exp), got \(got)")
                }
            }
        }
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(cases.count) programs differ:\n" + failures.joined(separator: "\n"))
        }
    }
}

/// Programs CPython compiles must pass our compile-time checks too (no false errors).
final class ValidProgramTests: XCTestCase {
    func testRecordedProgramsPassAllChecks() throws {
        let url = ProcessInfo.processInfo.environment["AST_FIXTURE"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ast_dumps.json")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var failures: [String] = []
        for c in root["cases"] as! [[String: Any]] {
            let name = c["name"] as! String
            let source = c["source"] as! String
            // The recorded snippets are fed to CPython as a module; `%time await` needs the REPL mode.
            if case .failure(let e) = parse(SourceFile(name: name, text: source), topLevelAwait: true), e.kind != .unsupported {
                failures.append("\(name): \(e)")
            }
        }
        if !failures.isEmpty { XCTFail(failures.joined(separator: "\n")) }
    }
}
