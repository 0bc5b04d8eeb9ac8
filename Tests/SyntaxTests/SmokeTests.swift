import XCTest
@testable import Syntax

final class SmokeTests: XCTestCase {
    func testSourceLines() {
        let f = SourceFile(name: "t.py", text: "a\r\nb\nc")
        XCTAssertEqual(f.lines, ["a", "b", "c"])
    }
}
