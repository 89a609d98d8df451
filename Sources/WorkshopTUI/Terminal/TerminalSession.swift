import Foundation
import WorkshopModel

/// The program's main loop in a real terminal: draw the frame, wait for a key (at most
/// ``pollMilliseconds``, so changes from other processes and the clock appear), hand the key to
/// the app, repeat. The terminal is restored on every way out.
public enum TerminalSession {
    /// How long the loop waits for a key before it looks for changes from other processes
    /// and redraws the clock: other terminals' changes show within this time.
    public static let pollMilliseconds: Int32 = 100

    /// Runs `app` until it quits or a signal arrives; returns the process exit code. Throws,
    /// before anything is drawn, when the terminal cannot be used.
    public static func run(_ app: App, monochrome: Bool) throws(TerminalProblem) -> Int32 {
        SignalTrap.install()
        let terminal = try Terminal(monochrome: monochrome)
        defer { terminal.shutdown() }
        var lastFrame: Canvas? = nil
        // While a change waits for the write lock the loop stands still; the status line still shows it.
        app.redraw = { [unowned app] in
            let frame = app.render(size: terminal.size)
            terminal.draw(frame)
            lastFrame = frame
        }
        defer { app.redraw = nil }
        let clock = ContinuousClock()
        var lastTick = clock.now
        while !app.shouldQuit {
            if let signal = SignalTrap.pending {
                app.saveDraftBeforeExit()
                return 128 + signal
            }
            let frame = app.render(size: terminal.size)
            if frame != lastFrame {
                terminal.draw(frame)
                lastFrame = frame
            }
            var timeout = Duration.milliseconds(Int(Self.pollMilliseconds))
            if let deadline = app.heldKeysDeadline { timeout = max(min(timeout, deadline - clock.now), .zero) }
            let event = terminal.input.next(timeout: timeout)
            switch event {
            case let .key(key):
                app.handle(key, at: clock.now)
            case .resized:
                terminal.invalidate()
                lastFrame = nil
            case .hangup:
                // The terminal is gone: keep what was typed, and stop.
                app.saveDraftBeforeExit()
                return 128 + SIGHUP
            case nil:
                break
            }
            app.releaseHeldKeys(now: clock.now)
            // After a timeout, and also while this moderator keeps typing (keys closer together
            // than the poll time never time out): other terminals' changes show within it.
            if event == nil || clock.now - lastTick >= .milliseconds(Int(Self.pollMilliseconds)) {
                lastTick = clock.now
                _ = app.tick()
            }
        }
        return 0
    }
}
