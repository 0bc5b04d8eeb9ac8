import Foundation
import Testing
@testable import Lessons

@Suite struct LessonCatalogTests {
    func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "looplab-catalog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    func lesson(_ id: Int, _ title: String) -> String {
        "---\nid: \(id)\ntitle: \(title)\nsummary: about \(title)\n---\nBody\n"
    }

    @Test func ordersByNumberAndSkipsReadme() throws {
        let path = try folder(["b.md": lesson(10, "ten"), "a.md": lesson(2, "two"), "README.md": "# format",
                               "notes.txt": "not a lesson"])
        let catalog = LessonCatalog.load(folder: path)
        #expect(catalog.lessons.map(\.id) == [2, 10])
        #expect(catalog.problems.isEmpty)
        #expect(catalog.lesson(number: 10)?.title == "ten")
        #expect(catalog.lesson(number: 3) == nil)
    }

    @Test func badFilesAreReportedAndGoodOnesStillLoad() throws {
        let path = try folder(["a.md": lesson(1, "one"), "b.md": "no front matter", "c.md": lesson(1, "again")])
        let catalog = LessonCatalog.load(folder: path)
        #expect(catalog.lessons.count == 2)
        #expect(catalog.problems.count == 2)
        #expect(catalog.problems.contains { $0.message.contains("lesson number 1 is also used by") })
    }

    @Test func locatesFolderByOptionThenEnvironmentNeverWorkingDirectory() throws {
        let option = try folder([:])
        let fromEnvironment = try folder([:])
        #expect(try LessonsFolder.locate(option: option, environment: ["LOOPLAB_LESSONS": fromEnvironment]) == option)
        #expect(try LessonsFolder.locate(option: nil, environment: ["LOOPLAB_LESSONS": fromEnvironment]) == fromEnvironment)
        #expect(throws: LessonsFolder.NotFound.self) {
            try LessonsFolder.locate(option: option + "/missing", environment: [:])
        }
        // Without option or variable: the folder beside an installed binary.
        let prefix = try folder([:])
        try FileManager.default.createDirectory(atPath: prefix + "/share/looplab/Lessons", withIntermediateDirectories: true)
        let found = try LessonsFolder.locate(option: nil, environment: [:], executablePath: prefix + "/bin/looplab")
        #expect(found.hasSuffix("share/looplab/Lessons"))
        #expect(found.hasPrefix(prefix))
    }
}
