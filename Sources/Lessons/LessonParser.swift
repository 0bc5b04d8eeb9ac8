import Yams

/// Reads a lesson file: YAML front matter between `---` lines, then Markdown.
public enum LessonParser {
    /// The format version this looplab writes and understands.
    public static let currentFormatVersion = 1

    public static func parse(text: String, path: String) throws(LessonError) -> Lesson {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard lines.first == "---" else {
            throw LessonError(path: path, line: 1, column: 1,
                              message: "a lesson file must start with YAML front matter",
                              hint: "begin the file with a line '---', the keys id, title and summary, then '---'")
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) else {
            throw LessonError(path: path, line: 1, column: 1,
                              message: "the front matter is never closed",
                              hint: "end the front matter with a line '---'")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let mapping = try frontMatter(yaml, path: path)
        var fields = FrontMatterFields(mapping: mapping, path: path, firstLine: 2)
        let id = try fields.positiveInt("id", hint: "the lesson's number, e.g. 'id: 3'")
        let title = try fields.string("title", hint: "e.g. 'title: create_task: running coroutines concurrently'")
        let summary = try fields.string("summary", hint: "one sentence on what the lesson teaches")
        let version = try fields.optionalPositiveInt("format_version") ?? currentFormatVersion
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return Lesson(id: id, title: title, summary: summary, formatVersion: version,
                      extraKeys: fields.remaining, body: body, bodyStartLine: closing + 2, path: path)
    }

    private static func frontMatter(_ yaml: String, path: String) throws(LessonError) -> Yams.Node.Mapping {
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw yamlError(error, path: path)
        } catch {
            throw LessonError(path: path, line: 2, message: "invalid front matter: \(error)")
        }
        guard let node else { return Yams.Node.Mapping([]) }
        guard let mapping = node.mapping else {
            throw LessonError(path: path, line: 2, column: 1, message: "the front matter must be a YAML mapping of keys to values",
                              hint: "write one 'key: value' per line")
        }
        return mapping
    }

    /// Maps libyaml's positions (relative to the front matter) to the file's lines.
    private static func yamlError(_ error: YamlError, path: String) -> LessonError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return LessonError(path: path, line: mark.line + 1, column: mark.column,
                               message: "invalid YAML in front matter: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LessonError(path: path, line: context.mark.line + 1, column: context.mark.column,
                               message: "duplicate front-matter key: \(duplicates.joined(separator: ", "))")
        default:
            return LessonError(path: path, line: 2, message: "invalid YAML in front matter: \(error)")
        }
    }
}

/// Takes typed values out of the front-matter mapping, leaving unknown keys behind.
struct FrontMatterFields {
    private var values: [String: Yams.Node] = [:]
    private let path: String
    private let firstLine: Int

    init(mapping: Yams.Node.Mapping, path: String, firstLine: Int) {
        for (key, value) in mapping {
            if let name = key.string { values[name] = value }
        }
        self.path = path
        self.firstLine = firstLine
    }

    var remaining: [String: Yams.Node] { values }

    private func line(of node: Yams.Node) -> Int { (node.mark?.line ?? 1) + firstLine - 1 }

    mutating func string(_ key: String, hint: String) throws(LessonError) -> String {
        guard let node = values.removeValue(forKey: key) else {
            throw LessonError(path: path, line: firstLine - 1, message: "front matter is missing '\(key)'", hint: hint)
        }
        guard let text = node.scalar?.string, !text.isEmpty else {
            throw LessonError(path: path, line: line(of: node), column: node.mark?.column,
                              message: "'\(key)' must be a non-empty string", hint: hint)
        }
        return text
    }

    mutating func positiveInt(_ key: String, hint: String) throws(LessonError) -> Int {
        guard let value = try optionalPositiveInt(key) else {
            throw LessonError(path: path, line: firstLine - 1, message: "front matter is missing '\(key)'", hint: hint)
        }
        return value
    }

    mutating func optionalPositiveInt(_ key: String) throws(LessonError) -> Int? {
        guard let node = values.removeValue(forKey: key) else { return nil }
        guard let value = node.int, value > 0 else {
            throw LessonError(path: path, line: line(of: node), column: node.mark?.column,
                              message: "'\(key)' must be a positive integer, not '\(node.scalar?.string ?? "a collection")'")
        }
        return value
    }
}
