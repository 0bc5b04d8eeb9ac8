import Foundation
import XCTest
@testable import Syntax

/// Compares our token stream with `python3 -m tokenize`'s, recorded by gen_token_fixtures.py.
/// Layout tokens (NEWLINE, INDENT, DEDENT, ENDMARKER) are compared by kind and line only:
/// Python's pure-Python tokenize places them differently from the C tokenizer we follow.
final class TokenStreamTests: XCTestCase {
    static func name(_ k: TokenKind) -> String {
        switch k {
        case .name: return "NAME"
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endMarker: return "ENDMARKER"
        case .unknown: return "ERRORTOKEN"
        case .timeMagic: return "TIMEMAGIC"
        case .lpar: return "LPAR"
        case .rpar: return "RPAR"
        case .lsqb: return "LSQB"
        case .rsqb: return "RSQB"
        case .lbrace: return "LBRACE"
        case .rbrace: return "RBRACE"
        case .colon: return "COLON"
        case .comma: return "COMMA"
        case .semi: return "SEMI"
        case .dot: return "DOT"
        case .ellipsis: return "ELLIPSIS"
        case .rarrow: return "RARROW"
        case .at: return "AT"
        case .atEqual: return "ATEQUAL"
        case .colonEqual: return "COLONEQUAL"
        case .plus: return "PLUS"
        case .minus: return "MINUS"
        case .star: return "STAR"
        case .slash: return "SLASH"
        case .doubleSlash: return "DOUBLESLASH"
        case .percent: return "PERCENT"
        case .doubleStar: return "DOUBLESTAR"
        case .vbar: return "VBAR"
        case .amper: return "AMPER"
        case .circumflex: return "CIRCUMFLEX"
        case .tilde: return "TILDE"
        case .leftShift: return "LEFTSHIFT"
        case .rightShift: return "RIGHTSHIFT"
        case .less: return "LESS"
        case .greater: return "GREATER"
        case .equal: return "EQUAL"
        case .equalEqual: return "EQEQUAL"
        case .notEqual: return "NOTEQUAL"
        case .lessEqual: return "LESSEQUAL"
        case .greaterEqual: return "GREATEREQUAL"
        case .plusEqual: return "PLUSEQUAL"
        case .minusEqual: return "MINEQUAL"
        case .starEqual: return "STAREQUAL"
        case .slashEqual: return "SLASHEQUAL"
        case .doubleSlashEqual: return "DOUBLESLASHEQUAL"
        case .percentEqual: return "PERCENTEQUAL"
        case .doubleStarEqual: return "DOUBLESTAREQUAL"
        case .amperEqual: return "AMPEREQUAL"
        case .vbarEqual: return "VBAREQUAL"
        case .circumflexEqual: return "CIRCUMFLEXEQUAL"
        case .leftShiftEqual: return "LEFTSHIFTEQUAL"
        case .rightShiftEqual: return "RIGHTSHIFTEQUAL"
        default: return "NAME"  // keywords
        }
    }

    func testAgainstPythonTokenize() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/tokens.json")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var failures: [String] = []
        for c in root["cases"] as! [[String: Any]] {
            let name = c["name"] as! String
            let file = SourceFile(name: name, text: c["source"] as! String)
            let lexer = Lexer(file: file)
            let (tokens, error) = Lexer.tokenize(file)
            if let error { failures.append("\(name): lexer error \(error.error)"); continue }
            let expected = (c["tokens"] as! [[Any]]).map { row -> String in
                let kind = row[0] as! String
                if ["NEWLINE", "INDENT", "DEDENT", "ENDMARKER"].contains(kind) { return kind }
                return "\(kind) \(String(reflecting: row[1] as! String)) \(row[2]):\(row[3])-\(row[4]):\(row[5])"
            }
            let got = tokens.map { t -> String in
                let kind = Self.name(t.kind)
                if ["NEWLINE", "INDENT", "DEDENT", "ENDMARKER"].contains(kind) { return kind }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: lexer.src[t.start..<t.end])
                return "\(kind) \(String(reflecting: String(v))) \(t.line):\(t.column)-\(t.endLine):\(t.endColumn)"
            }
            if expected != got {
                let i = Array(zip(expected, got)).firstIndex { $0.0 != $0.1 } ?? min(expected.count, got.count)
                failures.append("\(name): token #\(i): expected \(i < expected.count ? expected[i] : "(end)"), got \(i < got.count ? got[i] : "(end)")")
            }
        }
        if !failures.isEmpty { XCTFail(failures.joined(separator: "\n")) }
    }
}
