import Foundation
import LineEditor

/// Completes file paths for commands that take a file (`run FILE`):
/// folders end in `/` and stay open for more typing; only `.py` files and
/// folders are offered, hidden entries only when the word starts with `.`.
public enum PathCompletion {
    public static func candidates(for partial: String, in workingDirectory: String,
                                  extensions: Set<String> = ["py"]) -> [Completion] {
        let expanded = partial.hasPrefix("~/") ? NSHomeDirectory() + partial.dropFirst(1) : partial
        let slash = expanded.lastIndex(of: "/")
        let folderPart = slash.map { String(expanded[...$0]) } ?? ""
        let namePrefix = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let folder = folderPart.hasPrefix("/") ? folderPart : workingDirectory + "/" + folderPart
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        // Candidates keep what the user typed before the name (e.g. `~/lessons/`).
        let typedPrefix = partial.lastIndex(of: "/").map { String(partial[...$0]) } ?? ""
        return names.sorted().compactMap { name in
            guard name.hasPrefix(namePrefix), !name.hasPrefix(".") || namePrefix.hasPrefix(".") else { return nil }
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            if isFolder.boolValue { return Completion(typedPrefix + name + "/", isFinal: false) }
            let fileExtension = name.split(separator: ".").last.map(String.init) ?? ""
            return extensions.contains(fileExtension) && name.contains(".") ? Completion(typedPrefix + name) : nil
        }
    }
}
