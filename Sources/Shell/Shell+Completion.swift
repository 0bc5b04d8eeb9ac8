import Foundation
import LineEditor

extension Shell {
    /// TAB completion: command names, then subcommands, then arguments
    /// (lesson numbers come with their titles, for the candidate listing).
    public func complete(words: [String], partial: String) -> [Completion] {
        guard let first = words.first else {
            return ShellCommand.allNames.sorted().filter { $0.hasPrefix(partial) }.map { Completion($0) }
        }
        guard let command = ShellCommand.named(first) else { return [] }
        var argumentKind = command.argument
        if !command.subcommands.isEmpty {
            guard words.count >= 2 else {
                return command.subcommands.map(\.name).filter { $0.hasPrefix(partial) }.map { Completion($0) }
            }
            guard let sub = command.subcommands.first(where: { $0.name == words[1] }), words.count == 2 else { return [] }
            argumentKind = sub.argument
        } else if words.count > 1 {
            return []
        }
        switch argumentKind {
        case .none: return []
        case .commandName:
            return ShellCommand.all.map(\.name).filter { $0.hasPrefix(partial) }.map { Completion($0) }
        case .pythonFile:
            // Spaces in names are typed, and inserted, escaped with a backslash.
            let typed = partial.replacingOccurrences(of: "\\ ", with: " ")
            return PathCompletion.candidates(for: typed, in: FileManager.default.currentDirectoryPath).map {
                Completion($0.value.replacingOccurrences(of: " ", with: "\\ "), isFinal: $0.isFinal)
            }
        case .lessonNumber:
            let lessons = (try? currentCatalog().lessons) ?? []
            return lessons.map { Completion(String($0.id), label: $0.title) }.filter { $0.value.hasPrefix(partial) }
        }
    }
}
