import Foundation

/// Where the shell keeps its history: `$XDG_STATE_HOME/looplab/history`,
/// by default `~/.local/state/looplab/history`.
public enum HistoryLocation {
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/looplab/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/looplab/history"
    }

    /// Creates the history's folder; returns why it could not, if it could not.
    public static func prepareFolder(for path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            return nil
        } catch {
            return "cannot create \(folder): \((error as NSError).localizedDescription)"
        }
    }
}
