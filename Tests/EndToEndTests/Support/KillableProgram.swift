import Foundation

extension TmuxSession {
    /// The shell command that runs `allianz-tui` with `arguments` so that
    /// ``killProgram(in:)`` can kill it: the shell writes its process id to `programm.pid` in
    /// the terminal's directory and `exec` keeps that id for the program; the exit status is
    /// echoed as `EXIT=n`.
    static func killableCommand(_ arguments: String) -> String {
        "bash -c 'echo $$ > programm.pid; exec \"\(Binary.path)\" \(arguments)'; echo EXIT=$?"
    }

    /// Kills the program started with ``killableCommand(_:)`` in `directory` with SIGKILL,
    /// waits until the shell reports it, and readies the terminal for the next command: a sane
    /// tty, the normal screen, cleared.
    func killProgram(in directory: String) throws {
        let text = try String(contentsOfFile: directory + "/programm.pid", encoding: .utf8)
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), kill(pid, SIGKILL) == 0 else {
            throw TmuxError.failed(["kill -9", text])
        }
        try waitFor("EXIT=137")
        // The marker is printed as a product, so the typed command line does not match it.
        try run("stty sane; tput rmcup; clear; echo BEREIT$((6*7))")
        try waitFor("BEREIT42")
    }
}
