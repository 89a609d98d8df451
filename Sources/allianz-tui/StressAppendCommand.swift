import ArgumentParser
import Foundation
import WorkshopModel

/// Hidden: appends participants (or, with `--cards`, cards) one by one and prints
/// `ack SEQUENCE NAME` after each commit. Used by the crash test (killed with SIGKILL at
/// random moments) and benchmarks.
struct StressAppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress-append",
        abstract: "Testhilfe: Teilnehmende oder Karten in Serie anlegen. Test helper.",
        shouldDisplay: false)

    @Argument var file: String
    @Option var count = 1000
    @Option var prefix = "Teilnehmer"
    @Flag(help: "Cards instead of participants, in turn under every heading of the workshop's boards.")
    var cards = false

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let store = try WorkshopStore.open(at: file)
        let headings = store.state.workshop.headings
        if cards && headings.isEmpty { throw ValidationError("--cards needs a workshop with board headings") }
        for index in 1...count {
            let name = "\(prefix) \(index)"
            let command: WorkshopCommand = cards
                ? .board(.addCard(headingID: headings[index % headings.count].id, text: name, author: "",
                                  tags: "", isPrepared: false, isCluster: false))
                : .addPerson(list: .participants, name: name, organisation: "")
            if let record = try store.execute(command) {
                FileHandle.standardOutput.write(Data("ack \(record.sequence) \(name)\n".utf8))
            }
        }
        try store.close()
    }
}
