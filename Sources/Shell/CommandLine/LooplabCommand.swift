import ArgumentParser
import Foundation
import LineEditor
import Lessons
import Presentation

/// Options every command accepts.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("lessons"), help: ArgumentHelp("The lessons folder to use.", valueName: "dir"))
    public var lessonsFolder: String?

    public init() {}

    func locateLessons() -> Result<String, CommandError> {
        do {
            return .success(try LessonsFolder.locate(option: lessonsFolder, environment: ProcessInfo.processInfo.environment))
        } catch let error as LessonsFolder.NotFound {
            return .failure(CommandError(error.description))
        } catch {
            return .failure(CommandError("\(error)"))
        }
    }

    func catalog() throws -> LessonCatalog {
        LessonCatalog.load(folder: try locateLessons().get())
    }
}

/// `looplab`: opens the shell; subcommands do the same work without it.
public struct LooplabCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "looplab",
        abstract: "Watch asyncio's event loop at work.",
        discussion: "Without a subcommand, looplab opens its interactive shell.",
        version: Shell.version,
        subcommands: [RunCommand.self, ListLessonsCommand.self, LessonCommand.self])

    @OptionGroup public var options: GlobalOptions

    public init() {}

    public func run() throws {
        let environment = ProcessInfo.processInfo.environment
        Terminal.setUpLocale()
        let interactive = Terminal.isInteractive
        let style = TerminalStyle(colour: Terminal.colourEnabled(environment: environment),
                                  unicode: Terminal.isUTF8Locale && environment["TERM"] != "dumb",
                                  width: Terminal.width())
        let shell = Shell(lessonsFolder: options.locateLessons(), style: style, console: .standard)
        let reader: LineReader
        if interactive {
            Interrupt.install()
            reader = EditLineReader(programName: "looplab", historyPath: Self.historyPath(environment: environment),
                                    completer: { shell.complete(words: $0, partial: $1) },
                                    onHistoryError: { Console.standard.err("looplab: warning: \($0); history will not be saved\n") })
        } else {
            reader = PlainReader()
        }
        let status = shell.run(reader: reader, showBanner: interactive)
        if status != 0 { throw ExitCode(status) }
    }

    /// The history file, with its folder created; nil (after one warning) if that fails.
    static func historyPath(environment: [String: String]) -> String? {
        guard let path = HistoryLocation.path(environment: environment) else { return nil }
        if let problem = HistoryLocation.prepareFolder(for: path) {
            Console.standard.err("looplab: warning: \(problem); history will not be saved\n")
            return nil
        }
        return path
    }

    /// Parses the arguments and runs, with looplab's exit statuses: 0 ok,
    /// 1 failure, 2 usage error (swift-argument-parser uses 64 for usage errors).
    public static func main(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as CommandError {
            Console.standard.err(error.text)
            return 1
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.standard.out(message + "\n") }
                return 0
            }
            if !message.isEmpty { Console.standard.err(message + "\n") }
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}

struct ListLessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons", abstract: "List the lessons with their numbers.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let catalog = try options.catalog()
        Console.standard.out(LessonViews.list(catalog, style: .commandLine))
        for problem in catalog.problems { Console.standard.err(problem.description + "\n") }
    }
}

struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson", abstract: "Work with one lesson.",
        subcommands: [ShowLessonCommand.self])
}

struct ShowLessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Lay a lesson out for reading.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The lesson's number, as 'looplab lessons' lists it.") var number: String

    func run() throws {
        let catalog = try options.catalog()
        let lesson = try LessonViews.lesson(number, in: catalog, usage: "looplab lesson show N")
        Console.standard.out(LessonViews.show(lesson, style: .commandLine))
    }
}

extension TerminalStyle {
    /// The style for one-shot commands: colour and width from the terminal.
    static var commandLine: TerminalStyle {
        let environment = ProcessInfo.processInfo.environment
        Terminal.setUpLocale()
        return TerminalStyle(colour: Terminal.colourEnabled(environment: environment),
                             unicode: Terminal.isUTF8Locale && environment["TERM"] != "dumb",
                             width: Terminal.width())
    }
}
