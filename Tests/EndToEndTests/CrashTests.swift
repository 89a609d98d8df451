import Foundation
import Testing
import WorkshopModel

/// Kills a writing process with SIGKILL at random moments, many times, and checks that
/// every change it acknowledged is in the file and that the file still opens.
struct CrashTests {
    @Test func everyAcknowledgedEventSurvivesSigkill() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("crash.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        var acknowledged: [String] = []
        var generator = SystemRandomNumberGenerator()

        for round in 1...25 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["stress-append", file, "--count", "100000", "--prefix", "Runde \(round) Nr."]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.4, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            var lines = text.split(separator: "\n")
            // Only complete lines count as acknowledged (the last one may be cut mid-write).
            if !text.hasSuffix("\n"), !lines.isEmpty { lines.removeLast() }
            acknowledged += lines.filter { $0.hasPrefix("ack ") }
                .map { $0.split(separator: " ", maxSplits: 2).last.map(String.init) ?? "" }

            let store = try WorkshopStore.open(at: file, readOnly: true)
            let names = Set(store.state.workshop.participants.map(\.name))
            let missing = acknowledged.filter { !names.contains($0) }
            #expect(missing.isEmpty, "round \(round): acknowledged but lost: \(missing.prefix(5))")
            try store.close()
        }
        #expect(acknowledged.count > 25, "the writer should have acknowledged events before being killed")

        let reopened = try WorkshopStore.open(at: file)
        #expect(reopened.state.workshop.participants.count >= 30 + acknowledged.count)
        try reopened.execute(.addPerson(list: .participants, name: "Nach dem Absturz", organisation: ""))
        try reopened.close()
    }
}
