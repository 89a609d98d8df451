import Foundation
import Testing
import WorkshopModel

/// The projector terminal (`allianz-tui present FILE`) follows the moderator's terminal:
/// shows the round the moderator puts up, the tally after the reveal, survives a restart,
/// and says so when the workshop file disappears.
@Suite(.serialized)
struct ProjectorFlowTests {
    @Test func theProjectorFollowsARevealAndARestart() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("beamer.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let moderator = try TmuxSession(width: 100, height: 30, directory: directory.path)
        let projector = try TmuxSession(width: 160, height: 45, directory: directory.path)
        try projector.run("'\(Binary.path)' present beamer.allianz; echo EXIT=$?")
        try projector.waitFor("23.03.2017 · Lokschuppen, Bottrop")
        try moderator.run("'\(Binary.path)' beamer.allianz; echo EXIT=$?")
        try moderator.waitFor("Auftaktveranstaltung")

        // The moderator prepares the round unseen, then puts it up with F5.
        try moderator.press("c")
        try moderator.waitFor("Welche vier Reallabore")
        try moderator.press("Enter")
        try moderator.waitFor("r Ergebnis aufdecken")
        #expect(!(try projector.capture()).contains("Welche vier Reallabore"))
        try moderator.press("F5")
        try moderator.waitFor("Beamer zeigt jetzt")
        let collecting = try projector.waitFor("Welche vier Reallabore")
        #expect(!collecting.contains("★"))
        #expect(!collecting.contains("Tastenhilfe"))

        // The reveal on the moderator's terminal shows the result on the projector.
        try moderator.press("r")
        let revealed = try projector.waitFor("★")
        #expect(revealed.contains("Akzeptanz"))

        // A projector started again shows the same at once.
        try projector.press("q")
        try projector.waitFor("EXIT=0")
        try projector.run("clear; '\(Binary.path)' present beamer.allianz; echo EXIT=$?")
        try projector.waitFor("★")

        // Keys on the projector change nothing.
        try projector.press("u", "r", "F7")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try projector.capture().contains("★"))

        // F7 on the moderator's terminal brings back the title.
        try moderator.press("F7")
        try projector.waitFor("23.03.2017 · Lokschuppen, Bottrop")

        // The workshop file disappears while followed: the projector says so and keeps running.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        try projector.waitFor("nicht mehr da")
        try projector.press("q")
        try projector.waitFor("EXIT=0")
        try moderator.waitFor("nicht mehr da")
        try moderator.press("q")
        try moderator.waitFor("EXIT=0")
    }
}
