import Testing
@testable import Presentation

@Suite struct MarkdownRendererTests {
    let plain = TerminalStyle(colour: false, unicode: true, width: 40)

    @Test func wrapsParagraphsToTheWidth() {
        let text = String(repeating: "word ", count: 30)
        let lines = MarkdownRenderer(style: plain).render(text).split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { displayWidth(String($0)) <= 40 })
    }

    @Test func numbersCodeLinesAndKeepsThemUnwrapped() {
        let long = "x = " + String(repeating: "1 + ", count: 20) + "1"
        let out = MarkdownRenderer(style: plain).render("Intro\n\n```python\nimport asyncio\n\(long)\n```\n")
        #expect(out.contains("  1 │ import asyncio"))
        #expect(out.contains("  2 │ \(long)"))
    }

    @Test func headingsListsAndInlineMarkup() {
        let out = MarkdownRenderer(style: plain).render("# Title\n\n- first **bold** item\n- `code` item\n1. numbered")
        #expect(out.contains("── Title ─"))
        #expect(out.contains("  • first bold item"))
        #expect(out.contains("  • `code` item"))
        #expect(out.contains("  1. numbered"))
    }

    @Test func asciiFallbackAndNoEscapesWithoutColour() {
        let ascii = TerminalStyle(colour: false, unicode: false, width: 40)
        let out = MarkdownRenderer(style: ascii).render("# T\n\n```\ncode\n```\n- item")
        #expect(out.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!out.contains("\u{1B}"))
    }

    @Test func colourUsesEscapesButWrapsByVisibleWidth() {
        let colour = TerminalStyle(colour: true, unicode: true, width: 20)
        let out = MarkdownRenderer(style: colour).render("`aaaa` `bbbb` `cccc` `dddd` `eeee`")
        #expect(out.contains("\u{1B}[36m"))
        #expect(out.split(separator: "\n").count == 2)
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(displayWidth("協程") == 4)
        #expect(displayWidth("héllo") == 5)
    }
}
