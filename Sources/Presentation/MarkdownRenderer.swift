/// Lays Markdown out for a terminal: headings, wrapped paragraphs, lists,
/// quotes and fenced code with line numbers.
///
/// Hand-written because no Markdown-to-terminal library is available for
/// Swift on Linux (DESIGN §6); it covers the subset lesson files use.
public struct MarkdownRenderer {
    public var style: TerminalStyle

    public init(style: TerminalStyle) { self.style = style }

    public func render(_ markdown: String) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        var listItem: (marker: String, text: [String])?
        var code: (language: String, lines: [String])?

        func flushParagraph() {
            if !paragraph.isEmpty {
                out += wrap(paragraph.joined(separator: " "), indent: "", hangingIndent: "")
                paragraph = []
            }
            if let item = listItem {
                let hanging = String(repeating: " ", count: displayWidth(item.marker) + 3)
                out += wrap(item.text.joined(separator: " "), indent: "  " + item.marker + " ", hangingIndent: hanging)
                listItem = nil
            }
        }
        func blankLine() {
            if let last = out.last, !last.isEmpty { out.append("") }
        }

        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if var block = code {
                if line.trimmingLeadingSpaces().hasPrefix("```") {
                    out += codeBlock(block.lines)
                    out.append("")
                    code = nil
                } else {
                    block.lines.append(line)
                    code = block
                }
                continue
            }
            let trimmed = line.trimmingLeadingSpaces()
            if trimmed.hasPrefix("```") {
                flushParagraph()
                blankLine()
                code = (String(trimmed.dropFirst(3)), [])
            } else if trimmed.isEmpty {
                flushParagraph()
                blankLine()
            } else if let (level, title) = headingParts(trimmed) {
                flushParagraph()
                blankLine()
                out += heading(title, level: level)
                out.append("")
            } else if trimmed == "---" || trimmed == "***" {
                flushParagraph()
                out.append(style.dim(String(repeating: style.ruleCharacter, count: style.width)))
            } else if let marker = listMarker(trimmed) {
                flushParagraph()
                let text = String(trimmed.dropFirst(marker.count + 1))
                let shown = marker.first?.isNumber == true ? marker : style.bulletCharacter
                listItem = (shown, [text])
            } else if trimmed.hasPrefix(">") {
                flushParagraph()
                let text = String(trimmed.dropFirst()).trimmingLeadingSpaces()
                let bar = style.dim(style.barCharacter) + " "
                out += wrap(text, indent: "  " + bar, hangingIndent: "  " + bar)
            } else if listItem != nil, line.hasPrefix("  ") {
                listItem?.text.append(trimmed)
            } else {
                if listItem != nil { flushParagraph() }
                paragraph.append(trimmed)
            }
        }
        if let block = code { out += codeBlock(block.lines) }  // an unclosed fence still shows its code
        flushParagraph()
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Blocks

    private func headingParts(_ line: String) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, String(line.dropFirst(hashes + 1)))
    }

    private func heading(_ title: String, level: Int) -> [String] {
        let text = InlineMarkdown.plainText(title)
        if level == 1 {
            let rule = String(repeating: style.ruleCharacter, count: max(3, style.width - displayWidth(text) - 4))
            return [style.heading(style.ruleCharacter + style.ruleCharacter + " " + text + " ") + style.dim(rule)]
        }
        return [style.heading(text), style.dim(String(repeating: style.ruleCharacter, count: displayWidth(text)))]
    }

    /// `-`, `*` or `1.` followed by a space; returns the marker.
    private func listMarker(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return String(line.prefix(1)) }
        let digits = line.prefix(while: { $0.isNumber })
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return digits + "." }
        return nil
    }

    private func codeBlock(_ lines: [String]) -> [String] {
        let numberWidth = String(lines.count).count
        return lines.enumerated().map { index, code in
            let number = String(index + 1)
            let gutter = String(repeating: " ", count: 2 + numberWidth - number.count) + number + " " + style.barCharacter
            return style.dim(gutter) + " " + style.accent(code)
        }
    }

    // MARK: Wrapping

    /// Wraps inline Markdown to the style's width; style codes are not counted.
    public func wrap(_ text: String, indent: String, hangingIndent: String) -> [String] {
        var lines: [String] = []
        var current = indent
        var currentWidth = displayWidth(indent)
        var lineHasWord = false
        for word in InlineMarkdown.words(text) {
            let wordWidth = word.reduce(0) { $0 + visibleWidth($1) }
            if lineHasWord, currentWidth + 1 + wordWidth > style.width {
                lines.append(current)
                current = hangingIndent
                currentWidth = displayWidth(hangingIndent)
                lineHasWord = false
            }
            if lineHasWord {
                current += " "
                currentWidth += 1
            }
            current += word.map(styled).joined()
            currentWidth += wordWidth
            lineHasWord = true
        }
        if lineHasWord { lines.append(current) }
        return lines
    }

    /// Without colour, code keeps its backticks, which take columns too.
    private func visibleWidth(_ run: InlineMarkdown.Run) -> Int {
        displayWidth(run.text) + (run.kind == .code && !style.colour ? 2 : 0)
    }

    private func styled(_ run: InlineMarkdown.Run) -> String {
        switch run.kind {
        case .plain: return run.text
        case .bold: return style.bold(run.text)
        case .code: return style.colour ? style.accent(run.text) : "`" + run.text + "`"
        }
    }
}

extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }))
    }
}
