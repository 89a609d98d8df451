import Foundation
import GRDB

/// Writers wait for each other instead of failing.
///
/// SQLite lets one connection write at a time; the others get `SQLITE_BUSY`. Its own busy
/// timeout sleeps ever longer (up to 100 ms) between tries, and a writer that commits and
/// begins again at once takes the lock back in the microseconds between: with eight writers at
/// once, two starved for the whole 10 s timeout and failed. So a waiting writer tries every few
/// milliseconds (``busyCallback``), gives control back to the store about four times a second
/// (``roundTries``), so the store can say that it waits, and tries again, until the store's
/// patience (``WorkshopStore/lockPatience``) is used up.
enum LockWait {
    /// Tries within one round of waiting: about 0.25 s.
    static let roundTries = 100

    /// SQLite's busy handler for every connection: sleeps briefly, a few milliseconds at random
    /// after the first tries, so waiting writers do not move in step; ends the round after
    /// ``roundTries``.
    static let busyCallback: Database.BusyCallback = { tries in
        guard tries < roundTries else { return false }
        usleep(tries < 4 ? UInt32(250 << tries) : UInt32.random(in: 1000...4000))
        return true
    }

    /// Whether `error` is SQLite's "database is locked" (a round of waiting ended).
    static func isBusy(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_BUSY
    }

    /// Runs `body` again after every round of waiting that ended in "database is locked",
    /// telling `onWait` the seconds waited so far, until it succeeds or `patience` seconds
    /// have passed: then the file at `path` is reported locked.
    static func retrying<T>(path: String, patience: TimeInterval, onWait: ((TimeInterval) -> Void)? = nil,
                            _ body: () throws -> T) throws -> T {
        let clock = ContinuousClock()
        let start = clock.now
        while true {
            do {
                return try body()
            } catch where isBusy(error) {
                let waited = start.duration(to: clock.now)
                let seconds = Double(waited.components.seconds) + Double(waited.components.attoseconds) * 1e-18
                guard seconds < patience else { throw StoreError.locked(path: path, seconds: Int(seconds.rounded())) }
                onWait?(seconds)
            }
        }
    }
}
