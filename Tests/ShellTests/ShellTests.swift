import Foundation
import LineEditor
import Presentation
import Testing
@testable import Shell

/// Drives the shell with scripted input and captures what it prints.
final class Capture {
    var out = ""
    var err = ""
    var console: Console { Console(out: { self.out += $0 }, err: { self.err += $0 }) }
}

func lessonsFolder() throws -> String {
    let path = NSTemporaryDirectory() + "looplab-shell-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (id, title) in [(1, "Blocking sleep"), (2, "Async sleep"), (12, "Threads")] {
        try "---\nid: \(id)\ntitle: \(title)\nsummary: About \(title).\n---\n# \(title)\n\nText.\n"
            .write(toFile: "\(path)/\(id).md", atomically: true, encoding: .utf8)
    }
    return path
}

@Suite struct ShellTests {
    func shell(_ capture: Capture) throws -> Shell {
        Shell(lessonsFolder: .success(try lessonsFolder()), style: .plain, console: capture.console)
    }

    @Test func lessonsListsNumberThenTitle() throws {
        let capture = Capture()
        let shell = try shell(capture)
        shell.execute("lessons")
        let lines = capture.out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("1   Blocking sleep"))
        #expect(lines[2].hasPrefix("12  Threads"))
    }

    @Test func lessonShowRendersTheLesson() throws {
        let capture = Capture()
        try shell(capture).execute("lesson show 2")
        #expect(capture.out.contains("2 · Async sleep"))
        #expect(capture.out.contains("Text."))
        #expect(capture.err.isEmpty)
    }

    @Test(arguments: [
        ("lesson show 9", "there is no lesson 9"),
        ("lesson show x", "'x' is not a lesson number"),
        ("lesson show", "missing lesson number"),
        ("lesson", "'lesson' needs a subcommand"),
        ("lesson shwo 1", "unknown lesson subcommand 'shwo'. Did you mean 'show'?"),
        ("lesons", "unknown command 'lesons'. Did you mean 'lessons'?"),
        ("xyzzy", "unknown command 'xyzzy'"),
        ("lessons 3", "'lessons' takes no arguments"),
        ("help nope", "unknown command 'nope'"),
        ("lesson show \"1", "unclosed \" quote"),
    ])
    func badInputGetsAClearError(line: String, message: String) throws {
        let capture = Capture()
        #expect(try shell(capture).execute(line) == .proceed)
        #expect(capture.err.contains(message), "stderr was: \(capture.err)")
        #expect(capture.err.contains("hint:"))
    }

    @Test func helpListsEveryCommandAndExplainsOne() throws {
        let capture = Capture()
        let shell = try shell(capture)
        shell.execute("help")
        for command in ShellCommand.all { #expect(capture.out.contains(command.name)) }
        capture.out = ""
        shell.execute("help lesson")
        #expect(capture.out.hasPrefix("usage: lesson show N"))
    }

    @Test func quitExitAndEndOfInputLeaveWithZero() throws {
        let capture = Capture()
        let shell = try shell(capture)
        #expect(shell.execute("quit") == .quit)
        #expect(shell.execute("exit") == .quit)
        let reader = ScriptedReader([.line("lessons"), .interrupted, .line("  "), .line("help")])
        #expect(shell.run(reader: reader, showBanner: false) == 0)
        #expect(reader.history == ["lessons", "help"])
        #expect(reader.prompts.allSatisfy { $0.text.isEmpty })
    }

    @Test func missingLessonsFolderIsReportedByLessonCommands() {
        let capture = Capture()
        let shell = Shell(lessonsFolder: .failure(CommandError("no lessons folder found")), style: .plain,
                          console: capture.console)
        shell.execute("lessons")
        #expect(capture.err.contains("no lessons folder found"))
        shell.execute("help")
        #expect(!capture.out.isEmpty)
    }
}

@Suite struct CompletionTests {
    @Test func completesCommandsSubcommandsAndLessonNumbers() throws {
        let shell = Shell(lessonsFolder: .success(try lessonsFolder()), style: .plain, console: Capture().console)
        #expect(shell.complete(words: [], partial: "les").map(\.value) == ["lesson", "lessons"])
        #expect(shell.complete(words: ["lesson"], partial: "").map(\.value) == ["show"])
        let numbers = shell.complete(words: ["lesson", "show"], partial: "1")
        #expect(numbers.map(\.value) == ["1", "12"])
        #expect(numbers.map(\.label) == ["Blocking sleep", "Threads"])
        #expect(shell.complete(words: ["help"], partial: "re").map(\.value) == ["reload"])
        #expect(shell.complete(words: ["lessons"], partial: "").isEmpty)
    }

    @Test func resolveInsertsUniqueMatchOrCommonPrefixOrLists() {
        #expect(CompletionRequest.resolve(partial: "les", candidates: [Completion("lessons")]) == .insert("sons "))
        #expect(CompletionRequest.resolve(partial: "l", candidates: [Completion("lesson"), Completion("lessons")])
                == .insert("esson"))
        let both = [Completion("1", label: "A"), Completion("12", label: "B")]
        #expect(CompletionRequest.resolve(partial: "1", candidates: both) == .list(both))
        #expect(CompletionRequest.resolve(partial: "z", candidates: both) == .none)
        #expect(CompletionRequest.listing(both, width: 80) == "1   A\n12  B\n")
    }

    @Test func splitsTheLineBeforeTheCursor() {
        #expect(CompletionRequest.split("lesson sh") == (["lesson"], "sh"))
        #expect(CompletionRequest.split("lesson ") == (["lesson"], ""))
        #expect(CompletionRequest.split("") == ([], ""))
    }
}

@Suite struct CommandParsingTests {
    @Test func shellWordsHonourQuotesAndEscapes() throws {
        #expect(try ShellWords.split("run \"my file.py\"  --plain") == ["run", "my file.py", "--plain"])
        #expect(try ShellWords.split("a\\ b 'c d' \"\"") == ["a b", "c d", ""])
        #expect(throws: ShellWords.UnclosedQuote.self) { try ShellWords.split("run 'x") }
    }

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.closest(to: "lesosn", among: ShellCommand.allNames) == "lesson")
        #expect(Suggestion.closest(to: "hlep", among: ShellCommand.allNames) == "help")
        #expect(Suggestion.closest(to: "banana", among: ShellCommand.allNames) == nil)
    }

    @Test func commandLineParsesSubcommandsAndOptions() throws {
        let root = try LooplabCommand.parseAsRoot(["--lessons", "/tmp/x"])
        #expect((root as? LooplabCommand)?.options.lessonsFolder == "/tmp/x")
        let show = try LooplabCommand.parseAsRoot(["lesson", "show", "3", "--lessons", "/l"])
        #expect((show as? ShowLessonCommand)?.number == "3")
        #expect((show as? ShowLessonCommand)?.options.lessonsFolder == "/l")
        #expect(try LooplabCommand.parseAsRoot(["lessons"]) is ListLessonsCommand)
        #expect(throws: (any Error).self) { try LooplabCommand.parseAsRoot(["lesson", "bogus"]) }
    }

    @Test func usageErrorsExitWithTwo() {
        #expect(LooplabCommand.exitCode(for: ValidationErrorProbe.error) == .validationFailure)
        #expect(LooplabCommand.main(arguments: ["--no-such-option"]) == 2)
        #expect(LooplabCommand.main(arguments: ["--version"]) == 0)
    }
}

enum ValidationErrorProbe {
    static var error: Error {
        do { _ = try LooplabCommand.parseAsRoot(["--bogus"]); return CommandError("parsed") } catch { return error }
    }
}

@Suite struct PathCompletionTests {
    @Test func offersPythonFilesAndFoldersOnly() throws {
        let root = NSTemporaryDirectory() + "looplab-paths-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/demos/inner", withIntermediateDirectories: true)
        for name in ["demo.py", "data.txt", ".hidden.py", "demos/one.py", "dem o.py"] {
            FileManager.default.createFile(atPath: root + "/" + name, contents: Data())
        }
        #expect(PathCompletion.candidates(for: "de", in: root).map(\.value) == ["dem o.py", "demo.py", "demos/"])
        #expect(PathCompletion.candidates(for: "demos/", in: root).map(\.value) == ["demos/inner/", "demos/one.py"])
        #expect(PathCompletion.candidates(for: "demos/", in: root).map(\.isFinal) == [false, true])
        #expect(PathCompletion.candidates(for: ".h", in: root).map(\.value) == [".hidden.py"])
        #expect(PathCompletion.candidates(for: "", in: root).map(\.value) == ["dem o.py", "demo.py", "demos/"])
        #expect(PathCompletion.candidates(for: root + "/demos/o", in: "/").map(\.value) == [root + "/demos/one.py"])
        #expect(PathCompletion.candidates(for: "nope/x", in: root).isEmpty)
    }
}

@Suite struct RunCommandTests {
    @Test func runArgumentsAreParsedLikeTheCommandLine() throws {
        let capture = Capture()
        let shell = Shell(lessonsFolder: .success(try lessonsFolder()), style: .plain, console: capture.console)
        shell.execute("run")
        #expect(capture.err.contains("Missing expected argument"))
        shell.execute("run a.py b.py")
        #expect(capture.err.contains("Unexpected argument 'b.py'"))
        shell.execute("run a.py --max-steps=-3")
        #expect(capture.err.contains("--max-steps must be 0 or more"))
    }

    @Test func escapedSpacesStayInOneWord() {
        #expect(CompletionRequest.split("run my\\ fi") == (["run"], "my\\ fi"))
    }

    @Test func absolutePathsResolveDotsLexically() {
        #expect(absolutePath("/a/./b/../c.py") == "/a/c.py")
        #expect(absolutePath("x.py").hasSuffix("/x.py"))
        #expect(absolutePath("x.py").hasPrefix("/"))
    }
}
