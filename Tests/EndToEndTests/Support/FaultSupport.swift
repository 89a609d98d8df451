import Foundation
import GRDB

/// A small disk of its own: a tmpfs mounted on a fresh directory (needs root, as in CI),
/// unmounted when the test is done with it. Fill it to leave a chosen number of bytes free.
final class ScratchDisk {
    let path: String
    private let mountPoint: TemporaryDirectory

    /// Whether a tmpfs can be mounted here (root, and mounting allowed); tests that need one
    /// are skipped with a message otherwise.
    static let canMount: Bool = {
        guard geteuid() == 0, let probe = try? TemporaryDirectory() else { return false }
        guard (try? Binary.shell("mount -t tmpfs -o size=64k tmpfs '\(probe.path)' 2>/dev/null")) == 0 else { return false }
        _ = try? Binary.shell("umount '\(probe.path)'")
        return true
    }()

    /// Mounts a tmpfs of `kilobytes` (world-writable, so another user can be given a
    /// directory on it).
    init(kilobytes: Int = 2048) throws {
        mountPoint = try TemporaryDirectory()
        path = mountPoint.path
        guard try Binary.shell("mount -t tmpfs -o size=\(kilobytes)k,mode=1777 tmpfs '\(path)'") == 0 else {
            throw FaultError.setup("mount tmpfs on \(path)")
        }
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Free bytes on the disk.
    var free: Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return 0 }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// Writes the file `filler` so that about `bytes` stay free (0: the disk is full).
    func fill(leaving bytes: Int) throws {
        let size = max(free - bytes, 0)
        let status = try Binary.shell("dd if=/dev/zero of='\(file("filler"))' bs=4096 count=\(size / 4096) oflag=append conv=notrunc 2>/dev/null; true")
        guard status == 0 else { throw FaultError.setup("fill \(path)") }
        if bytes == 0 { _ = try Binary.shell("cat /dev/zero >> '\(file("filler"))' 2>/dev/null; true") }
    }

    /// Removes the filler: the disk has room again.
    func makeRoom() { unlink(file("filler")) }

    /// Makes the whole disk read-only (no file on it may be open for writing).
    func remountReadOnly() throws {
        guard try Binary.shell("mount -o remount,ro '\(path)'") == 0 else { throw FaultError.setup("remount \(path) read-only") }
    }

    deinit { _ = try? Binary.shell("umount -l '\(path)'") }
}

/// Runs commands as the unprivileged user `nobody` (CI runs as root, where permission bits
/// stop nothing).
enum Nobody {
    /// The command line prefix that runs what follows as nobody.
    static let prefix = "setpriv --reuid=nobody --regid=nogroup --clear-groups"

    /// Runs `allianz-tui` with `arguments` as nobody and waits for it.
    static func run(_ arguments: [String]) throws -> Binary.Result {
        let quoted = ([Binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("nobody-\(UUID().uuidString)").path
        defer { unlink(output + ".out"); unlink(output + ".err") }
        let status = try Binary.shell("LANG=C.UTF-8 \(prefix) \(quoted.joined(separator: " ")) </dev/null >'\(output).out' 2>'\(output).err'")
        return Binary.Result(status: status, output: (try? String(contentsOfFile: output + ".out", encoding: .utf8)) ?? "",
                             errors: (try? String(contentsOfFile: output + ".err", encoding: .utf8)) ?? "")
    }

    /// Gives `path` to nobody (`chown`), with `mode`.
    static func own(_ path: String, mode: mode_t) throws {
        guard chown(path, nobodyID, gid_t(bitPattern: -1)) == 0, chmod(path, mode) == 0 else {
            throw FaultError.setup("chown nobody \(path)")
        }
    }

    static var nobodyID: uid_t { getpwnam("nobody")?.pointee.pw_uid ?? 65534 }
}

/// Another program holding the write lock of a workshop file: `BEGIN IMMEDIATE` on a
/// connection of its own, taken when this is made and released `seconds` later.
final class LockHolder: Sendable {
    private let database: DatabaseQueue
    private let released = DispatchSemaphore(value: 0)

    init(path: String, seconds: TimeInterval) throws {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: path, configuration: configuration)
        try database.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        Thread.detachNewThread { [database, released] in
            Thread.sleep(forTimeInterval: seconds)
            try? database.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
            try? database.close()
            released.signal()
        }
    }

    /// Waits until the lock is released.
    func waitUntilReleased() { released.wait() }
}

enum FaultError: Error, CustomStringConvertible {
    case setup(String)

    var description: String {
        switch self {
        case let .setup(step): "test setup failed: \(step)"
        }
    }
}
