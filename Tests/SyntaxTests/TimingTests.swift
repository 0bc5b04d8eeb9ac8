import XCTest
@testable import Syntax

/// A rough throughput check (debug build): parsing must stay linear in the input size.
final class TimingTests: XCTestCase {
    func testParsingIsLinear() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs/asyncio_taskgroup.py")
        let program = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "%time ", with: "")
        func time(_ copies: Int) -> Double {
            let text = String(repeating: program, count: copies)
            let start = Date()
            guard case .success = parse(SourceFile(name: "big.py", text: text)) else { XCTFail("rejected"); return 0 }
            return Date().timeIntervalSince(start)
        }
        _ = time(1)
        let small = time(20)
        let large = time(80)
        let lines = program.split(separator: "\n", omittingEmptySubsequences: false).count
        print("parse: \(Int(Double(20 * lines) / small)) lines/s (20 copies), \(Int(Double(80 * lines) / large)) lines/s (80 copies)")
        XCTAssertLessThan(large, small * 4 * 2.5, "parsing time grows faster than linearly")
    }
}
