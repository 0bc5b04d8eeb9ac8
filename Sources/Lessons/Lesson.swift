import Yams

/// One lesson file: its front matter and its Markdown body.
///
/// The front matter's known keys are typed below; every other key is kept in
/// `extraKeys` so files written for later format versions still load.
public struct Lesson {
    /// The lesson's number: a positive integer, unique in the folder.
    public var id: Int
    /// A short title, shown in `lessons` and completion listings.
    public var title: String
    /// One sentence on what the lesson teaches.
    public var summary: String
    /// The lesson format's version (1 when absent).
    public var formatVersion: Int
    /// Front-matter keys this version of looplab does not interpret, kept verbatim.
    public var extraKeys: [String: Yams.Node]
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the file where `body` starts (1-based), for error positions.
    public var bodyStartLine: Int
    /// Where the lesson was read from.
    public var path: String
}

/// A problem in a lesson file, with its position: `file:line:col: message`.
public struct LessonError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var line: Int
    public var column: Int?
    public var message: String
    public var hint: String?

    public init(path: String, line: Int, column: Int? = nil, message: String, hint: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let position = column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
        return "\(position): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}
