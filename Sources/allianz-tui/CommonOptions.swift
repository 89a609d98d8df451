import ArgumentParser
import Foundation
import WorkshopModel

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Sprache der Oberfläche: de oder en (Standard: aus der Umgebung). UI language.")
    var lang: Language?

    /// The chosen language, or the one the environment asks for.
    var language: Language { lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

extension Language: ExpressibleByArgument {}

/// Stops with a store error's message in the UI language and exit code 1.
func fail(_ error: StoreError, _ language: Language) -> ExitCode {
    FileHandle.standardError.write(Data((error.message(in: language) + "\n").utf8))
    return ExitCode(1)
}
