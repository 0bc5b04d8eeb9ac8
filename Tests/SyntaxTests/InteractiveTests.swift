import XCTest
import Syntax

final class InteractiveTests: XCTestCase {
    func incomplete(_ s: String) -> Bool { isIncompleteInput(SourceFile(name: "<stdin>", text: s)) }

    func testContinuationPrompt() {
        XCTAssertFalse(incomplete("x = 1\n"))
        XCTAssertFalse(incomplete("print(x)\n"))
        XCTAssertTrue(incomplete("print(x,\n"))
        XCTAssertTrue(incomplete("s = '''abc\n"))
        XCTAssertTrue(incomplete("x = 1 + \\\n"))
        XCTAssertTrue(incomplete("if x:\n"))
        XCTAssertTrue(incomplete("async def main():\n"))
        XCTAssertTrue(incomplete("for i in range(3):\n    print(i)\n"))
        XCTAssertFalse(incomplete("for i in range(3):\n    print(i)\n\n"))
        XCTAssertFalse(incomplete("x = = 1\n"))
        XCTAssertFalse(incomplete("print(x))\n"))
        XCTAssertTrue(incomplete("@decorator\n"))
        XCTAssertTrue(incomplete("try:\n    pass\n"))
    }
}
