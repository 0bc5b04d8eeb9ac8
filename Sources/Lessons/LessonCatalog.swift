import Foundation

/// The lessons of one folder, ordered by number.
///
/// Lessons are read from disk at run time, never compiled in, so an
/// instructor's edit (or `reload` in the shell) takes effect at once.
public struct LessonCatalog {
    public let folder: String
    public private(set) var lessons: [Lesson]
    /// Files that could not be read as lessons; the good ones still load.
    public private(set) var problems: [LessonError]

    /// Reads every `*.md` file of `folder` except `README.md`.
    public static func load(folder: String) -> LessonCatalog {
        var lessons: [Lesson] = []
        var problems: [LessonError] = []
        for path in lessonFiles(in: folder) {
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                lessons.append(try LessonParser.parse(text: text, path: path))
            } catch let error as LessonError {
                problems.append(error)
            } catch {
                problems.append(LessonError(path: path, line: 1, message: "cannot read the file as UTF-8 text"))
            }
        }
        lessons.sort { ($0.id, $0.path) < ($1.id, $1.path) }
        for (earlier, later) in zip(lessons, lessons.dropFirst()) where earlier.id == later.id {
            problems.append(LessonError(path: later.path, line: 2,
                                        message: "lesson number \(later.id) is also used by \(earlier.path)",
                                        hint: "give every lesson its own 'id'"))
        }
        return LessonCatalog(folder: folder, lessons: lessons, problems: problems)
    }

    public func lesson(number: Int) -> Lesson? {
        lessons.first { $0.id == number }
    }

    static func lessonFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }
            .sorted()
            .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }
}
