import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which file a path names right now (device and inode), so that a file deleted, moved or
/// replaced under the same name is noticed.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    /// Nil when nothing is at `path`.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
