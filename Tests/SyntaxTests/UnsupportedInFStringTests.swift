import XCTest
@testable import Syntax

/// An unsupported construct inside an f-string's braces stops the file as it does outside
/// them, at its real line and column (the nested parser counts from its own "(").
final class UnsupportedInFStringTests: XCTestCase {
    func unsupported(_ source: String) -> SyntaxError? {
        if case .failure(let e) = parse(SourceFile(name: "t.py", text: source)), e.kind == .unsupported { return e }
        return nil
    }

    func testComplexLiteralInReplacementField() {
        let e = unsupported("x = 1\nprint(f\"{x}|{3 + 4j}\")\n")
        XCTAssertEqual(e?.message, "complex numbers are not supported in lessons")
        XCTAssertEqual(e?.line, 2)
        XCTAssertEqual(e?.span?.column, 17)
    }

    func testComplexLiteralInFormatSpec() {
        let e = unsupported("x = 1\nprint(f\"{x:{2j}}\")\n")
        XCTAssertEqual(e?.span?.column, 12)
    }

    func testPlainFStringIsAccepted() {
        XCTAssertNil(unsupported("print(f\"{1 + 2:>{3}}\")\n"))
    }
}
