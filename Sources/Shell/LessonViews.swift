import Lessons
import Presentation

/// The lesson commands' output, shared by the shell and the command line.
public enum LessonViews {
    /// One line per lesson: its number, its title, then its summary dimmed.
    public static func list(_ catalog: LessonCatalog, style: TerminalStyle) -> String {
        guard !catalog.lessons.isEmpty else { return "No lessons in \(catalog.folder).\n" }
        let numberWidth = catalog.lessons.map { String($0.id).count }.max() ?? 1
        return catalog.lessons.map { lesson in
            let number = String(lesson.id)
            let padded = number + String(repeating: " ", count: numberWidth - number.count)
            return "\(style.bold(padded))  \(lesson.title)  \(style.dim("— " + lesson.summary))\n"
        }.joined()
    }

    public static func show(_ lesson: Lesson, style: TerminalStyle) -> String {
        let header = "\(lesson.id) · \(lesson.title)"
        let rule = String(repeating: style.ruleCharacter, count: max(3, style.width - displayWidth(header) - 4))
        let title = style.heading(style.ruleCharacter + style.ruleCharacter + " " + header + " ") + style.dim(rule)
        let summary = MarkdownRenderer(style: style).wrap(lesson.summary, indent: "", hangingIndent: "")
        return title + "\n" + summary.map { style.dim($0) }.joined(separator: "\n") + "\n\n"
            + MarkdownRenderer(style: style).render(lesson.body)
    }

    /// Parses a lesson number argument and finds the lesson.
    public static func lesson(_ argument: String?, in catalog: LessonCatalog, usage: String) throws(CommandError) -> Lesson {
        guard let argument else {
            throw CommandError("missing lesson number", hint: "usage: \(usage); 'lessons' lists the numbers")
        }
        guard let number = Int(argument), number > 0 else {
            throw CommandError("'\(argument)' is not a lesson number", hint: "usage: \(usage); 'lessons' lists the numbers")
        }
        guard let lesson = catalog.lesson(number: number) else {
            let numbers = catalog.lessons.map { String($0.id) }.joined(separator: ", ")
            throw CommandError("there is no lesson \(number)",
                               hint: numbers.isEmpty ? "the lessons folder \(catalog.folder) has no lessons"
                                   : "the lessons are \(numbers); 'lessons' lists them")
        }
        return lesson
    }
}
