/// A command the shell understands: its words, usage and help text.
///
/// The table below is the single source of truth for dispatch, `help`,
/// completion and "did you mean" suggestions. Commands that later issues will
/// add (run, trace, timeline, …) are absent until they work.
public struct ShellCommand: Sendable {
    /// What kind of word a command's argument is, for completion.
    public enum ArgumentKind: Sendable { case none, lessonNumber, commandName, pythonFile }

    public var name: String
    public var aliases: [String] = []
    /// Arguments as shown in help, e.g. `N`.
    public var usage: String = ""
    public var abstract: String
    public var discussion: String = ""
    public var argument: ArgumentKind = .none
    public var subcommands: [ShellCommand] = []

    public var usageLine: String {
        ([name] + [usage].filter { !$0.isEmpty }).joined(separator: " ")
    }

    public static let all: [ShellCommand] = [
        ShellCommand(name: "help", usage: "[COMMAND]",
                     abstract: "list the commands, or explain one",
                     discussion: "Examples: 'help', 'help lesson'.", argument: .commandName),
        ShellCommand(name: "lessons", abstract: "list the lessons with their numbers"),
        ShellCommand(name: "lesson", usage: "show N",
                     abstract: "work with one lesson",
                     discussion: "N is the lesson's number, as 'lessons' lists it.",
                     subcommands: [
                        ShellCommand(name: "show", usage: "N", abstract: "lay lesson N out for reading",
                                     argument: .lessonNumber),
                     ]),
        ShellCommand(name: "run", usage: "FILE.py [--max-steps N] [--seed N] …",
                     abstract: "run a Python program on looplab's interpreter",
                     discussion: "Prints exactly what python3 would print. Ctrl-C raises KeyboardInterrupt in the program.",
                     argument: .pythonFile),
        ShellCommand(name: "reload", abstract: "read the lessons folder again (after editing a lesson)"),
        ShellCommand(name: "quit", aliases: ["exit"], abstract: "leave looplab (Ctrl-D works too)"),
    ]

    public static func named(_ word: String) -> ShellCommand? {
        all.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// Every word that starts a command, aliases included.
    public static var allNames: [String] { all.flatMap { [$0.name] + $0.aliases } }
}
