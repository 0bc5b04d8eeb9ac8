import XCTest
@testable import VM

/// Programs whose stdout, stderr and exit status were recorded from CPython 3.11 by
/// `gen_cases.py`; each must come out byte for byte the same.
final class RecordedCaseTests: XCTestCase {
    func check(_ name: String) throws {
        let c = try XCTUnwrap(recordedCases.first { $0.name == name })
        let r = runPython(c.source, name: "\(name).py")
        XCTAssertEqual(r.stdout, c.stdout, "stdout of \(name)")
        XCTAssertEqual(r.stderr, c.stderr, "stderr of \(name)")
        XCTAssertEqual(r.status, c.status, "status of \(name)")
    }

    func testArithmetic() throws { try check("arithmetic") }
    func testStrings() throws { try check("strings") }
    func testContainers() throws { try check("containers") }
    func testFunctionsAndClosures() throws { try check("functions_closures") }
    func testClasses() throws { try check("classes") }
    func testHandledExceptions() throws { try check("exceptions_handled") }
    func testUncaughtTracebackWithContext() throws { try check("traceback_uncaught") }
    func testNameErrorSuggestion() throws { try check("traceback_name_error") }
    func testGenerators() throws { try check("generators") }
    func testCoroutineProtocolFromPython() throws { try check("coroutine_protocol") }
    func testRecursionLimit() throws { try check("recursion_limit") }
    func testTimeModule() throws { try check("time_module") }
    func testRandomModule() throws { try check("random_module") }
    func testJSONModule() throws { try check("json_module") }
}
