import LineEditor
import Lessons
import Presentation
import VM

/// The interactive shell: reads lines, runs commands, never stops on a bad
/// one. `quit`, `exit` or Ctrl-D leave with status 0.
public final class Shell {
    public enum Outcome: Equatable { case proceed, quit }

    let console: Console
    let style: TerminalStyle
    /// Where lessons come from; nil when no folder could be found (the error is kept).
    let lessonsFolder: Result<String, CommandError>
    private(set) var catalog: LessonCatalog?

    public static let version = "0.1.0"
    public static let prompt = Prompt("looplab> ", colour: "1;32")

    public init(lessonsFolder: Result<String, CommandError>, style: TerminalStyle, console: Console) {
        self.lessonsFolder = lessonsFolder
        self.style = style
        self.console = console
        if case .success(let folder) = lessonsFolder {
            catalog = LessonCatalog.load(folder: folder)
        }
    }

    public var banner: String {
        "looplab \(Self.version) — watch asyncio's event loop at work.  "
            + "Type 'help', or 'lessons' to begin.\n"
    }

    /// Runs until `quit` or end of input; returns the exit status.
    public func run(reader: LineReader, showBanner: Bool) -> Int32 {
        if showBanner { console.out(banner) }
        while true {
            Interrupt.clear()
            let prompt = !showBanner ? Prompt("") : style.colour ? Self.prompt : Prompt(Self.prompt.text)
            switch reader.readLine(prompt: prompt) {
            case .eof:
                if showBanner { console.out("\n") }  // leave the terminal on a fresh line
                return 0
            case .interrupted:
                // The partial line is dropped; the next prompt starts on a fresh line.
                if showBanner { console.out("\n") }
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: " \t")
                guard !trimmed.isEmpty else { continue }
                reader.addHistory(trimmed)
                if execute(trimmed) == .quit { return 0 }
            }
        }
    }

    /// Runs one command line; errors are printed, never thrown.
    @discardableResult
    public func execute(_ line: String) -> Outcome {
        do {
            return try dispatch(try words(of: line))
        } catch {
            console.err(error.text)
            return .proceed
        }
    }

    private func words(of line: String) throws(CommandError) -> [String] {
        do {
            return try ShellWords.split(line)
        } catch {
            throw CommandError("this line has an unclosed \(error.quote) quote", hint: "close the quote, or escape it with \\")
        }
    }

    private func dispatch(_ words: [String]) throws(CommandError) -> Outcome {
        guard let name = words.first else { return .proceed }
        guard let command = ShellCommand.named(name) else {
            throw unknown(name, among: ShellCommand.allNames, what: "command", hint: "'help' lists the commands")
        }
        let arguments = Array(words.dropFirst())
        switch command.name {
        case "help": try help(arguments)
        case "lessons":
            try expectNoArguments(arguments, command: command)
            console.out(LessonViews.list(try currentCatalog(), style: style))
            for problem in try currentCatalog().problems { console.err(problem.description + "\n") }
        case "lesson": try lesson(arguments, command: command)
        case "run":
            // The shell's `run` takes the command line's options (--max-steps, --seed, …).
            let command: RunCommand
            do {
                command = try RunCommand.parse(arguments)
            } catch {
                throw CommandError(RunCommand.message(for: error), hint: "usage: run FILE.py [--max-steps N] [--max-memory MB] [--seed N] [--epoch T]")
            }
            runPython(file: command.file, settings: command.settings)
        case "reload":
            try expectNoArguments(arguments, command: command)
            try reload()
        case "quit": return .quit
        default: preconditionFailure("command '\(command.name)' is in the table but not dispatched")
        }
        return .proceed
    }

    // MARK: Commands

    private func help(_ arguments: [String]) throws(CommandError) {
        guard let topic = arguments.first else {
            let width = ShellCommand.all.map { $0.usageLine.count }.max() ?? 0
            var text = "Commands:\n"
            for command in ShellCommand.all {
                let names = ([command.usageLine] + command.aliases).joined(separator: ", ")
                text += "  " + names + String(repeating: " ", count: max(2, width + 8 - names.count)) + command.abstract + "\n"
            }
            text += "Type 'help COMMAND' for more on one command. TAB completes commands and lesson numbers.\n"
            console.out(text)
            return
        }
        guard let command = ShellCommand.named(topic) else {
            throw unknown(topic, among: ShellCommand.allNames, what: "command", hint: "'help' lists the commands")
        }
        var text = "usage: \(command.usageLine)\n\n\(command.abstract.prefix(1).uppercased() + command.abstract.dropFirst()).\n"
        for sub in command.subcommands {
            text += "  \(command.name) \(sub.usageLine)    \(sub.abstract)\n"
        }
        if !command.aliases.isEmpty { text += "Also: \(command.aliases.joined(separator: ", ")).\n" }
        if !command.discussion.isEmpty { text += command.discussion + "\n" }
        console.out(text)
    }

    private func lesson(_ arguments: [String], command: ShellCommand) throws(CommandError) {
        let names = command.subcommands.map(\.name)
        guard let subcommandName = arguments.first else {
            throw CommandError("'lesson' needs a subcommand", hint: "usage: lesson \(command.usage)")
        }
        guard let subcommand = command.subcommands.first(where: { $0.name == subcommandName }) else {
            throw unknown(subcommandName, among: names, what: "lesson subcommand", hint: "usage: lesson \(command.usage)")
        }
        switch subcommand.name {
        case "show":
            guard arguments.count <= 2 else {
                throw CommandError("too many arguments", hint: "usage: lesson show N")
            }
            let lesson = try LessonViews.lesson(arguments.dropFirst().first, in: try currentCatalog(), usage: "lesson show N")
            console.out(LessonViews.show(lesson, style: style))
        default: preconditionFailure("subcommand '\(subcommand.name)' is in the table but not dispatched")
        }
    }

    /// Runs a program in-process; its output goes straight to the terminal.
    /// The run's own limits stop runaway code, and Ctrl-C reaches it as KeyboardInterrupt.
    private func runPython(file: String, settings: RunSettings) {
        console.out("")  // flushes what the shell printed before the program writes
        Interrupt.clear()
        _ = runProgram(path: absolutePath(file), options: settings.options())
    }

    private func reload() throws(CommandError) {
        guard case .success(let folder) = lessonsFolder else { _ = try currentCatalog(); return }
        catalog = LessonCatalog.load(folder: folder)
        let count = catalog?.lessons.count ?? 0
        console.out("Read \(count) lesson\(count == 1 ? "" : "s") from \(folder).\n")
        for problem in catalog?.problems ?? [] { console.err(problem.description + "\n") }
    }

    // MARK: Helpers

    func currentCatalog() throws(CommandError) -> LessonCatalog {
        switch lessonsFolder {
        case .failure(let error): throw error
        case .success: return catalog!
        }
    }

    private func expectNoArguments(_ arguments: [String], command: ShellCommand) throws(CommandError) {
        if let extra = arguments.first {
            throw CommandError("'\(command.name)' takes no arguments (got '\(extra)')", hint: "usage: \(command.usageLine)")
        }
    }

    private func unknown(_ word: String, among candidates: [String], what: String, hint: String) -> CommandError {
        if let suggestion = Suggestion.closest(to: word, among: candidates) {
            return CommandError("unknown \(what) '\(word)'. Did you mean '\(suggestion)'?", hint: hint)
        }
        return CommandError("unknown \(what) '\(word)'", hint: hint)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let isTrimmed: (Character) -> Bool = { set.contains($0) }
        return String(drop(while: isTrimmed).reversed().drop(while: isTrimmed).reversed())
    }
}
