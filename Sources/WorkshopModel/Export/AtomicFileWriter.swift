import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes export files so that each appears complete or not at all: every file is first
/// written and fsynced under a temporary name in its target directory, and only when all of
/// them are on disk are they renamed into place. A failure removes the temporary files.
/// Export files are readable by their owner only (mode 0600, like the workshop file: they hold
/// the same names), also when they replace a file that was readable by others.
public enum AtomicFileWriter {
    /// Writes `files` (path and content). Throws the first problem, naming the target path.
    public static func write(_ files: [(path: String, data: Data)]) throws(ExportError) {
        // An export never replaces a workshop file (a mistyped `:export md ws.allianz`).
        if let workshop = files.first(where: { FileHeader.isWorkshopFile($0.path) }) {
            throw .cannotWrite(path: workshop.path, problem: .isWorkshop)
        }
        var written: [(temporary: String, path: String)] = []
        defer { for entry in written { unlink(entry.temporary) } }
        for file in files {
            let temporary = temporaryPath(for: file.path)
            try writeSynced(file.data, to: temporary, reportedPath: file.path)
            written.append((temporary, file.path))
        }
        for entry in written where rename(entry.temporary, entry.path) != 0 {
            throw .cannotWrite(path: entry.path, problem: WriteProblem(errno: errno))
        }
        let directories = Set(written.map { PathParts.directory(of: $0.path) })
        written = []
        // The renames are durable once the directory is synced; a file system that cannot
        // sync a directory still has complete files, so this is best effort.
        for path in directories {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                fsync(descriptor)
                close(descriptor)
            }
        }
    }

    /// Makes `path` a directory if it is not one yet (its parent must exist); a new one is
    /// open to its owner only (mode 0700).
    public static func prepareDirectory(_ path: String) throws(ExportError) {
        guard !path.isEmpty else { throw .cannotWrite(path: path, problem: .noPath) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .cannotWrite(path: path, problem: .notADirectory) }
            return
        }
        guard mkdir(path, 0o700) == 0 else {
            throw .cannotWrite(path: path, problem: WriteProblem(errno: errno))
        }
    }

    private static func temporaryPath(for path: String) -> String {
        PathParts.join(PathParts.directory(of: path),
                       ".\(PathParts.name(of: path)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
    }

    /// Creates `temporary` (it must not exist) with mode 0600 whatever the umask, writes
    /// `data` completely and fsyncs it. A failed fsync is final: the file is not used.
    private static func writeSynced(_ data: Data, to temporary: String, reportedPath: String) throws(ExportError) {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: reportedPath, problem: WriteProblem(errno: errno)) }
        var failure: Int32 = fchmod(descriptor, 0o600) == 0 ? 0 : errno
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += result
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw .cannotWrite(path: reportedPath, problem: WriteProblem(errno: failure))
        }
    }
}

/// POSIX `write`, named apart from ``AtomicFileWriter/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
