import Foundation

/// The built `allianz-tui` executable and helpers to run it.
enum Binary {
    /// Path of the executable: next to the test bundle (SwiftPM puts every product of a
    /// configuration in one folder).
    static var path: String {
        let testExecutable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testExecutable.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("allianz-tui").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            if directory.lastPathComponent == "debug" || directory.lastPathComponent == "release" { break }
            directory = directory.deletingLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/allianz-tui").path
    }

    /// The result of running the binary to completion.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `allianz-tui` with `arguments` and waits for it: in `currentDirectory` when given,
    /// and as the user `nobody` when `asNobody` (CI runs as root, whom permission bits do not stop).
    static func run(_ arguments: [String], environment: [String: String] = [:], currentDirectory: String? = nil,
                    asNobody: Bool = false) throws -> Result {
        let process = Process()
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        var merged = ProcessInfo.processInfo.environment
        merged["LANG"] = "C.UTF-8"
        merged.removeValue(forKey: "LC_ALL")
        merged.merge(environment) { $1 }
        process.environment = merged
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }
}

extension Binary {
    /// Runs a shell command line and returns its exit status.
    static func shell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A fresh temporary directory, removed when the test is done with it.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("allianz-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
