import ArgumentParser
import Foundation
import WorkshopModel

/// Hidden: appends participants one by one and prints `ack SEQUENCE NAME` after each
/// commit. Used by the crash test (killed with SIGKILL at random moments) and benchmarks.
struct StressAppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress-append",
        abstract: "Testhilfe: Teilnehmende in Serie anlegen. Test helper.",
        shouldDisplay: false)

    @Argument var file: String
    @Option var count = 1000
    @Option var prefix = "Teilnehmer"

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let store = try WorkshopStore.open(at: file)
        for index in 1...count {
            let name = "\(prefix) \(index)"
            if let record = try store.execute(.addPerson(list: .participants, name: name, organisation: "")) {
                FileHandle.standardOutput.write(Data("ack \(record.sequence) \(name)\n".utf8))
            }
        }
        try store.close()
    }
}
