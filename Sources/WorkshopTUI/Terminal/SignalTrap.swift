import CNcurses
import Foundation
import Synchronization

/// Catches the signals that end a terminal program so the loop can restore the terminal
/// before exiting: SIGINT, SIGTERM and SIGHUP set a flag the loop checks; a crash signal
/// restores the terminal at once and then lets the crash proceed. SIGWINCH (a resize) sets a
/// flag of its own, which also keeps ncurses' handler out (the program reads keys itself).
enum SignalTrap {
    private static let received = Atomic<Int32>(0)
    private static let resized = Atomic<Bool>(false)

    /// Installs the handlers. Call before ncurses starts, so ncurses keeps out of them.
    static func install() {
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopSignals, number) }
        // A parent may have blocked them (test runners do); they must reach this loop.
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { number in SignalTrap.received.store(number, ordering: .relaxed) }
        }
        signal(SIGWINCH) { _ in SignalTrap.resized.store(true, ordering: .relaxed) }
        for number in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            signal(number) { number in
                endwin()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// The signal that asked the program to stop, if any.
    static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// True once after the terminal was resized.
    static func takeResize() -> Bool {
        resized.exchange(false, ordering: .relaxed)
    }
}
