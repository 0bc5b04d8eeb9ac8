import Foundation

/// Finds the lessons folder (DESIGN §7): `--lessons DIR`, else
/// `$LOOPLAB_LESSONS`, else the `Lessons/` folder installed beside the binary
/// or of the checkout the binary was built from. Never the working directory:
/// running looplab from some other project must not pick up its files.
public enum LessonsFolder {
    public struct NotFound: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "no lessons folder found (looked in: \(searched.joined(separator: ", ")))\n"
                + "  hint: pass --lessons DIR or set LOOPLAB_LESSONS"
        }
    }

    public static func locate(option: String?, environment: [String: String],
                              executablePath: String? = currentExecutablePath()) throws -> String {
        if let option { return try existing(option, source: "--lessons") }
        if let fromEnvironment = environment["LOOPLAB_LESSONS"], !fromEnvironment.isEmpty {
            return try existing(fromEnvironment, source: "LOOPLAB_LESSONS")
        }
        let candidates = installedCandidates(executablePath: executablePath) + [checkoutFolder]
        if let found = candidates.first(where: isDirectory) { return found }
        throw NotFound(searched: candidates)
    }

    /// `PREFIX/bin/looplab` finds `PREFIX/share/looplab/Lessons`; a build at
    /// `CHECKOUT/.build/…/looplab` finds `CHECKOUT/Lessons` by walking up.
    static func installedCandidates(executablePath: String?) -> [String] {
        guard let executablePath else { return [] }
        var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates = [folder.deletingLastPathComponent().appendingPathComponent("share/looplab/Lessons").path]
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                candidates.append(folder.appendingPathComponent("Lessons").path)
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        return candidates
    }

    /// The checkout this source file was compiled from.
    static var checkoutFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
    }

    public static func currentExecutablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
    }

    private static func existing(_ path: String, source: String) throws -> String {
        guard isDirectory(path) else {
            throw NotFound(searched: ["\(path) (from \(source)) is not a folder"])
        }
        return path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
