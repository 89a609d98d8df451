import Foundation

/// A real terminal for end-to-end tests: a tmux server of its own (own socket), one
/// session of a given size running a shell. Keys go in with `send-keys`, the screen comes
/// out with `capture-pane`.
final class TmuxSession {
    let socket = "allianz-e2e-\(UUID().uuidString.prefix(8))"
    private let name = "e2e"

    /// Starts a plain shell (`bash --norc`) in a terminal of `width`×`height`.
    init(width: Int, height: Int, directory: String, environment: [String: String] = [:]) throws {
        var exports = ["LANG=C.UTF-8", "TERM=xterm-256color", "PS1='$ '", "HOME=\(directory)"]
        exports += environment.map { "\($0.key)='\($0.value)'" }
        let shell = "env -u LC_ALL \(exports.joined(separator: " ")) bash --norc --noprofile"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-c", directory, shell])
        _ = try waitFor { $0.contains("$") }
    }

    /// Types `keys` literally (text) into the terminal.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Presses named keys (`Enter`, `Tab`, `Escape`, `C-c`, …).
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends raw bytes, given as hex pairs ("1b", "5b", …), as if the terminal sent them.
    func sendBytes(_ hex: [String]) throws {
        try tmux(["send-keys", "-t", name, "-H"] + hex)
    }

    /// Resizes the terminal window (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Pastes `text` as a terminal does when the program asked for bracketed paste.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "e2e-paste", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", name])
    }

    /// Pastes the contents of the file at `path` as a bracketed paste (for texts too long for
    /// a command-line argument).
    func paste(contentsOf path: String) throws {
        try tmux(["load-buffer", "-b", "e2e-paste", path])
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", name])
    }

    /// Types a shell command and presses Enter.
    func run(_ command: String) throws {
        try type(command)
        try press("Enter")
    }

    /// The process id of the shell running in the pane.
    func shellProcess() throws -> pid_t {
        let output = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = pid_t(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError.failed(["unexpected pane_pid", output])
        }
        return pid
    }

    /// The visible screen as text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Waits (up to `timeout` seconds) until `condition` holds for a settled screen (the same
    /// in two captures 50 ms apart, so a frame still being drawn is never read); returns it.
    @discardableResult
    func waitFor(timeout: TimeInterval = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) {
                Thread.sleep(forTimeInterval: 0.05)
                let again = try capture()
                if again == screen { return screen }
                continue
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError.timeout(screen: screen)
    }

    /// Waits until `text` is on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// The cursor's column and row as the terminal has it.
    func cursor() throws -> ScreenCell {
        let output = try tmux(["display-message", "-p", "-t", name, "#{cursor_x} #{cursor_y}"])
        return try ScreenCell(parsing: output)
    }

    /// Where `character` (one code point) stands on the screen, by tmux's own cell grid: found
    /// with copy-mode search, so the columns are the terminal's and not any program's
    /// measure of the text before them.
    func cells(of character: Unicode.Scalar) throws -> Set<ScreenCell> {
        let count = try capture().unicodeScalars.filter { $0 == character }.count
        guard count > 0 else { return [] }
        var commands = [["set-option", "-g", "wrap-search", "off"], ["copy-mode", "-t", name],
                        ["send-keys", "-t", name, "-X", "history-bottom"], ["send-keys", "-t", name, "-X", "end-of-line"]]
        for _ in 0..<count {
            commands.append(["send-keys", "-t", name, "-X", "search-backward-text", String(character)])
            commands.append(["display-message", "-p", "-t", name, "#{copy_cursor_x} #{copy_cursor_y}"])
        }
        commands.append(["send-keys", "-t", name, "-X", "cancel"])
        let output = try tmux(Array(commands.joined(separator: [";"])))
        return Set(try output.split(separator: "\n").map { try ScreenCell(parsing: String($0)) })
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Runs tmux with posix_spawn and waitpid. (Foundation's `Process` waits until every
    /// process that inherited its bookkeeping descriptor has exited, and the tmux server that
    /// `new-session` starts lives on, so `Process` would wait forever.)
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // Test threads block signals; the terminal's processes must start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ) == 0 else {
            throw TmuxError.failed(arguments)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw TmuxError.failed(arguments) }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}

/// A cell of the terminal: column and row, counted from 0.
struct ScreenCell: Hashable, CustomStringConvertible {
    var x: Int
    var y: Int

    init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// Reads "x y" as tmux prints it.
    init(parsing text: String) throws {
        let numbers = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard numbers.count == 2 else { throw TmuxError.failed(["unexpected position", text]) }
        self.init(x: numbers[0], y: numbers[1])
    }

    var description: String { "(\(x), \(y))" }
}

enum TmuxError: Error, CustomStringConvertible {
    case failed([String])
    case timeout(screen: String)

    var description: String {
        switch self {
        case let .failed(arguments): "tmux failed: \(arguments.joined(separator: " "))"
        case let .timeout(screen): "timed out waiting; the screen was:\n\(screen)"
        }
    }
}
