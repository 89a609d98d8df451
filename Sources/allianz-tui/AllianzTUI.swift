import ArgumentParser

/// The command-line entry point: `allianz-tui [FILE]` opens a workshop in the terminal.
@main
struct AllianzTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allianz-tui",
        abstract: "Live-Moderation für Workshops einer strategischen Allianz – im Terminal, auf dem Beamer.",
        discussion: """
            Ohne Argument öffnet allianz-tui den eingebauten Demo-Workshop (Auftaktveranstaltung \
            der Wirtschaftsallianz Bottrop, 23.03.2017) unter \(DefaultLocation.demoPath).
            Without an argument, allianz-tui opens the built-in demo workshop at the path above.
            """,
        subcommands: [OpenCommand.self, PresentCommand.self, NewCommand.self, ExportCommand.self, LogCommand.self, CheckCommand.self, RecoverCommand.self, StressAppendCommand.self, BenchmarkCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
