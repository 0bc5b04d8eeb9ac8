import Foundation
import XCTest
@testable import Syntax

/// Pathological inputs: whatever CPython says about them, parsing must finish quickly with
/// a result or an error, never crash the Swift stack (deep recursion or recursive frees).
final class RobustnessTests: XCTestCase {
    func parses(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Result<Module, SyntaxError> {
        parse(SourceFile(name: "t.py", text: text))
    }

    func testNestedChainsInsideBrackets() {
        // Each level's chain sits on top of the deeper group: the tree would be 600 000 deep.
        var s = String(repeating: "(", count: 199) + "a"
        for _ in 0..<199 { s += String(repeating: "+a", count: 2999) + ")" }
        guard case .failure(let e) = parses(s + "\n") else { return XCTFail("accepted") }
        XCTAssertEqual(e.kind, .recursionError)

        var t = String(repeating: "(", count: 199) + "a"
        for _ in 0..<199 { t += String(repeating: ".b", count: 2999) + ")" }
        guard case .failure(let e2) = parses(t + "\n") else { return XCTFail("accepted") }
        XCTAssertEqual(e2.kind, .recursionError)
    }

    func testMixedDeepConstructs() {
        let inputs = [
            String(repeating: "not -", count: 50_000) + "x\n",
            String(repeating: "lambda: not ", count: 30_000) + "x\n",
            String(repeating: "a if not b else ", count: 30_000) + "c\n",
            String(repeating: "[{(", count: 67) + "\n",
            String(repeating: "f(", count: 199) + String(repeating: "not ", count: 10_000) + "x" + String(repeating: ")", count: 199) + "\n",
            String(repeating: "x = ", count: 100_000) + "1\n",
            String(repeating: "a[", count: 150) + String(repeating: "]", count: 150) + "\n",
            "f'" + String(repeating: "{x:{y}}", count: 10_000) + "'\n",
            String(repeating: "if a:\n", count: 1) + String(repeating: "  pass\nelif b:\n", count: 20_000) + "  pass\n",
            String(repeating: "@d\n", count: 50_000) + "def f(): pass\n",
            "x = " + String(repeating: "-", count: 1_000_000) + "1\n",
            String(repeating: "(", count: 1_000_000),
            String(repeating: "'", count: 100_001),
            String(repeating: "\\\n", count: 100_000) + "x\n",
            String(repeating: " ", count: 100_000) + "x\n",
        ]
        for input in inputs {
            _ = parses(input)
        }
    }

    func testLongFlatProgramsParseIteratively() {
        let terms = Array(repeating: "a", count: 100_000)
        guard case .failure(let e) = parses(terms.joined(separator: "+") + "\n") else { return XCTFail("accepted") }
        XCTAssertEqual(e.kind, .recursionError)
        // Flat constructs CPython accepts at any length.
        for sep in [" and ", " < ", ", ", " "] {
            let src = sep == " " ? String(repeating: "'a' ", count: 100_000) + "\n" : terms.joined(separator: sep) + "\n"
            guard case .success = parses(src) else { return XCTFail("rejected flat chain '\(sep)'") }
        }
        let manyStatements = String(repeating: "x = x + 1\n", count: 50_000)
        guard case .success(let m) = parses(manyStatements) else { return XCTFail("rejected") }
        XCTAssertEqual(m.body.count, 50_000)
    }

    func testEveryPrefixOfAProgramIsHandled() {
        // Truncated programs (as typed at a prompt) exercise every EOF path.
        let program = """
        import asyncio
        async def main(n: int = 3, *args, key=None, **kw) -> None:
            async with asyncio.timeout(1) as t:
                for i in range(n):
                    print(f"{i!r:>{n}} {'x' if i else 'y'}", [j async for j in agen() if j], {k: v for k, v in kw.items()})
            try:
                await asyncio.gather(*(asyncio.sleep(0.01) for _ in range(2)), return_exceptions=True)
            except* ValueError as eg:
                raise RuntimeError("bad") from eg
            finally:
                del t
        %time asyncio.run(main())

        """
        let scalars = Array(program.unicodeScalars)
        for cut in 0...scalars.count {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[0..<cut])
            _ = parses(String(v))
        }
        guard case .success = parses(program) else { return XCTFail("program rejected") }
    }

    func testRandomMutationsDoNotCrash() {
        // A tiny deterministic fuzzer: delete, duplicate or swap characters of a real program.
        let base = Array("""
        async def f(a, b=2, *c, d, **e):
            x = [i ** 2 for i in range(10) if i % 2]
            y = {k: (v, *w) for k, *w, v in z}
            return await g(x, y, sep='', *a, **e) if x else lambda q: q[1:2:3]
        class C(B, metaclass=M):
            @property
            def p(self): return f"{self!r} {1+2=} {'{'}"
        """.unicodeScalars)
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(seed % UInt64(Int.max))
        }
        let alphabet = Array("()[]{}:;,.'\"\\#@=*+-\n \tfor if else lambda async await yield not".unicodeScalars)
        // FUZZ_ITERATIONS=n runs longer; every program in Programs/ joins the bases then.
        let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 3000
        var bases = [base]
        if iterations > 3000 {
            let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] {
                if let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) {
                    bases.append(Array(text.unicodeScalars))
                }
            }
        }
        for n in 0..<iterations {
            var s = bases[n % bases.count]
            for _ in 0..<(1 + next() % 4) {
                let i = next() % s.count
                switch next() % 3 {
                case 0: s.remove(at: i)
                case 1: s.insert(alphabet[next() % alphabet.count], at: i)
                default: s.swapAt(i, next() % s.count)
                }
            }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s)
            _ = parses(String(v))
        }
    }
}
