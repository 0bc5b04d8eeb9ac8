import XCTest
import Syntax
@testable import Compiler

final class CompilerTests: XCTestCase {
    func compileSource(_ s: String) throws -> CodeObject {
        let module = try parse(SourceFile(name: "t.py", text: s)).get()
        return try compile(module).get()
    }

    func innerCode(_ code: CodeObject, _ name: String) -> CodeObject? {
        for c in code.constants {
            if case .code(let inner) = c {
                if inner.name == name { return inner }
                if let found = innerCode(inner, name) { return found }
            }
        }
        return nil
    }

    func testClosureVariablesBecomeCellsAndFreeVariables() throws {
        let code = try compileSource("""
        def outer(a):
            b = 1
            def inner():
                nonlocal b
                b += a
                return b
            return inner
        """)
        let outer = try XCTUnwrap(innerCode(code, "outer"))
        let inner = try XCTUnwrap(innerCode(code, "inner"))
        XCTAssertEqual(Set(outer.cellvars), ["a", "b"])
        XCTAssertEqual(outer.cellToArg[outer.cellvars.firstIndex(of: "a")!], 0)
        XCTAssertEqual(Set(inner.freevars), ["a", "b"])
        XCTAssertEqual(inner.qualname, "outer.<locals>.inner")
    }

    func testGeneratorAndCoroutineFlags() throws {
        let code = try compileSource("""
        def g():
            yield 1
        async def c():
            return 1
        async def ag():
            yield 1
        xs = (i for i in range(3))
        """)
        XCTAssertTrue(try XCTUnwrap(innerCode(code, "g")).isGenerator)
        XCTAssertTrue(try XCTUnwrap(innerCode(code, "c")).isCoroutine)
        XCTAssertTrue(try XCTUnwrap(innerCode(code, "ag")).isAsyncGenerator)
        XCTAssertTrue(try XCTUnwrap(innerCode(code, "<genexpr>")).isGenerator)
    }

    func testModuleNamesUseNamespaceAccessAndFunctionsUseFastLocals() throws {
        let code = try compileSource("x = 1\ndef f(y):\n    z = y + x\n    return z\n")
        XCTAssertTrue(code.instructions.contains(.storeName(0)))
        let f = try XCTUnwrap(innerCode(code, "f"))
        XCTAssertEqual(f.varnames, ["y", "z"])
        XCTAssertTrue(f.instructions.contains { if case .loadGlobal = $0 { return true }; return false })
        XCTAssertTrue(f.instructions.contains(.storeFast(1)))
    }

    func testStackDepthCoversNestedExpressions() throws {
        let code = try compileSource("print(1, (2, [3, {4: 5}]), *[6], sep='')\n")
        XCTAssertGreaterThanOrEqual(code.stackSize, 6)
    }

    func testLocationsAndAnchorsForTracebacks() throws {
        let code = try compileSource("x = a + b\ny = d[k]\n")
        let binaryIndex = try XCTUnwrap(code.instructions.firstIndex { if case .binary = $0 { return true }; return false })
        let loc = code.locations[binaryIndex]
        XCTAssertEqual(loc.line, 1)
        XCTAssertEqual(loc.column, 4)
        XCTAssertEqual(loc.endColumn, 9)
        XCTAssertEqual(loc.anchor, .binary(leftEnd: 5, rightStart: 8))
        let subIndex = try XCTUnwrap(code.instructions.firstIndex(of: .binarySubscr))
        XCTAssertEqual(code.locations[subIndex].anchor, .subscript(valueEnd: 5, sliceEnd: 8))
    }

    func testCompileErrorsAreSyntaxErrors() throws {
        // The parser's validator reports most of these first; the compiler is the backstop.
        let source = SourceFile(name: "t.py", text: "def f():\n    pass\nbreak\n")
        switch parse(source) {
        case .failure(let e): XCTAssertEqual(e.message, "'break' outside loop")
        case .success(let module):
            switch compile(module) {
            case .success: XCTFail("expected a SyntaxError")
            case .failure(let e): XCTAssertEqual(e.message, "'break' outside loop")
            }
        }
    }

    func testDisassemblerListsEveryInstruction() throws {
        let code = try compileSource("for i in range(3):\n    print(i)\n")
        let text = Disassembler.listing(code)
        XCTAssertTrue(text.contains("FOR_ITER"))
        XCTAssertTrue(text.contains("LOAD_NAME print"))
        XCTAssertEqual(text.split(separator: "\n").count, code.instructions.count + 1)
    }

    func testConstantSetDisplaysBecomeFrozensets() throws {
        let code = try compileSource("s = {7, 15, 23}\n")
        XCTAssertTrue(code.constants.contains { if case .frozenset = $0 { return true }; return false })
    }
}
