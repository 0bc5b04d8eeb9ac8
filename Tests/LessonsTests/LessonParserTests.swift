import Testing
import Yams
@testable import Lessons

@Suite struct LessonParserTests {
    let good = """
        ---
        id: 3
        title: create_task
        summary: Running coroutines concurrently.
        network: {latency: 0.5}
        ---
        # Heading

        Body text.
        """

    @Test func readsKnownKeysAndKeepsUnknownOnes() throws {
        let lesson = try LessonParser.parse(text: good, path: "L/03.md")
        #expect(lesson.id == 3)
        #expect(lesson.title == "create_task")
        #expect(lesson.summary == "Running coroutines concurrently.")
        #expect(lesson.formatVersion == 1)
        #expect(lesson.extraKeys["network"] != nil)
        #expect(lesson.body.hasPrefix("# Heading"))
        #expect(lesson.bodyStartLine == 7)
    }

    @Test func missingFrontMatterIsAnErrorAtLineOne() {
        #expect(throws: LessonError.self) { try LessonParser.parse(text: "# no front matter", path: "x.md") }
        do {
            _ = try LessonParser.parse(text: "# no front matter", path: "x.md")
        } catch {
            #expect(error.description.hasPrefix("x.md:1:1: error: a lesson file must start with YAML front matter"))
            #expect(error.hint != nil)
        }
    }

    @Test func unclosedFrontMatter() {
        do {
            _ = try LessonParser.parse(text: "---\nid: 1\n", path: "x.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "the front matter is never closed")
        }
    }

    @Test(arguments: [
        ("---\ntitle: t\nsummary: s\n---\n", "front matter is missing 'id'", 1),
        ("---\nid: -2\ntitle: t\nsummary: s\n---\n", "'id' must be a positive integer, not '-2'", 2),
        ("---\nid: 1\ntitle: t\nsummary: s\nformat_version: x\n---\n", "'format_version' must be a positive integer, not 'x'", 5),
        ("---\nid: 1\nsummary: s\n---\n", "front matter is missing 'title'", 1),
        ("---\nid: 1\ntitle: [a, b]\nsummary: s\n---\n", "'title' must be a non-empty string", 3),
    ])
    func badFieldsAreReportedWithTheirLine(text: String, message: String, line: Int) {
        do {
            _ = try LessonParser.parse(text: text, path: "x.md")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.message == message)
            #expect(error.line == line)
        }
    }

    @Test func invalidYamlPointsIntoTheFile() {
        do {
            _ = try LessonParser.parse(text: "---\nid: 1\ntitle: [unclosed\nsummary: s\n---\n", path: "x.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("invalid YAML in front matter"))
            #expect(error.line >= 3)
        }
    }
}
