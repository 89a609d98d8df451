import WorkshopModel

/// The program's main loop in a real terminal: draw the frame, wait for a key (at most a
/// quarter second, so changes from other processes and the clock appear), hand the key to
/// the app, repeat. The terminal is restored on every way out.
public enum TerminalSession {
    /// Runs `app` until it quits or a signal arrives; returns the process exit code.
    public static func run(_ app: App, monochrome: Bool) -> Int32 {
        SignalTrap.install()
        let terminal = Terminal(monochrome: monochrome)
        defer { terminal.shutdown() }
        var lastFrame: Canvas? = nil
        while !app.shouldQuit {
            if let signal = SignalTrap.pending { return 128 + signal }
            let frame = app.render(size: terminal.size)
            if frame != lastFrame {
                terminal.draw(frame)
                lastFrame = frame
            }
            if let key = terminal.readKey(timeout: 250) {
                if key == .resize { lastFrame = nil }
                app.handle(key)
            } else {
                _ = app.tick()
            }
        }
        return 0
    }
}
