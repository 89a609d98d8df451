import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Typing on a board at typing speed starts a card; single keys with pauses stay commands.
struct TypingBurstTests {
    private let start = ContinuousClock.now

    private func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    @Test func threeDifferentKeysInTimeAreText() {
        var burst = TypingBurst()
        #expect(burst.add("d", at: at(0)) == .hold)
        #expect(burst.deadline == at(0) + TypingBurst.window)
        #expect(burst.add("i", at: at(100)) == .hold)
        #expect(burst.deadline == at(100) + TypingBurst.window)
        #expect(burst.add("g", at: at(200)) == .text("dig"))
        #expect(burst.deadline == nil)
    }

    @Test func aQuickPairStaysTwoCommands() {
        var burst = TypingBurst()
        #expect(burst.add("h", at: at(0)) == .hold)
        #expect(burst.add("L", at: at(20)) == .hold)
        #expect(burst.release() == ["h", "L"])
    }

    @Test func aPauseMakesTheHeldKeyACommand() {
        var burst = TypingBurst()
        #expect(burst.add("d", at: at(0)) == .hold)
        #expect(burst.add("g", at: at(500)) == .commands(["d"]))
        #expect(burst.release() == ["g"])
        #expect(burst.release().isEmpty)
    }

    @Test func aRepeatedKeyIsACommandEachTime() {
        var burst = TypingBurst()
        #expect(burst.add("j", at: at(0)) == .hold)
        #expect(burst.add("j", at: at(30)) == .commands(["j"]))
        #expect(burst.add("j", at: at(60)) == .commands(["j"]))
        #expect(burst.release() == ["j"])
    }

    /// The case: after a card, the moderator keeps typing "digitale Schaufenster" on
    /// the board at 10 characters per second. Before, `d` removed a card, `g` jumped, `a`
    /// opened a new card. Now the words are the start of a new card and nothing is removed.
    @Test func wordsTypedOnABoardBecomeANewCard() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let before = fixture.app.workshop.cards
        for (index, character) in "digitale Schaufenster".enumerated() {
            fixture.app.handle(.character(character), at: at(index * 100))
        }
        fixture.app.releaseHeldKeys(now: at(5_000))
        #expect(fixture.app.workshop.cards == before)
        let screen = fixture.screen()
        #expect(screen.contains("digitale Schaufenster"), "\(screen)")
        fixture.press(.enter)
        #expect(fixture.app.workshop.cards.count == before.count + 1)
        #expect(fixture.app.workshop.cards.contains { $0.text == "digitale Schaufenster" })
    }

    @Test func aSingleKeyWithAPauseIsStillACommand() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.app.handle(.character("l"), at: at(0))
        #expect(fixture.app.heldKeysDeadline != nil)
        fixture.app.releaseHeldKeys(now: at(100))
        #expect(fixture.app.heldKeysDeadline != nil, "still within the window")
        fixture.app.releaseHeldKeys(now: at(300))
        #expect(fixture.app.heldKeysDeadline == nil)
        // `l` moved to the second heading: `n` opens the panel there.
        fixture.app.handle(.character("n"), at: at(1_000))
        #expect(fixture.screen().contains("Visionen"))
        #expect(fixture.app.overlay is CardEntryOverlay)
    }

    @Test func theEntryKeyActsAtOnceAndWhatFollowsIsTyped() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        for (index, character) in "nIdee".enumerated() {
            fixture.app.handle(.character(character), at: at(index * 50))
        }
        fixture.press(.enter)
        #expect(fixture.app.workshop.cards.contains { $0.text == "Idee" })
    }

    /// "und": `u` would undo and `n` open a card; typed as a word, it is the card's text.
    @Test func theEntryKeyInsideAWordIsALetter() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let before = fixture.app.workshop.cards
        for (index, character) in "und dann".enumerated() {
            fixture.app.handle(.character(character), at: at(index * 120))
        }
        fixture.press(.enter)
        #expect(fixture.app.workshop.cards.count == before.count + 1)
        #expect(fixture.app.workshop.cards.contains { $0.text == "und dann" })
    }

    /// `l` then `n` quickly, then the card's text: move right, open the card there.
    @Test func aMoveThenTheEntryKeyOpensTheEntryWhereTheMoveWent() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        for (index, character) in "lnVision".enumerated() {
            fixture.app.handle(.character(character), at: at(index * 20))
        }
        fixture.press(.enter)
        #expect(fixture.cards(under: BoardFixture.visions).contains { $0.text == "Vision" })
    }

    @Test func anArrowAfterAHeldKeyRunsBothInOrder() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.app.handle(.character("l"), at: at(0))
        fixture.app.handle(.left, at: at(50))
        #expect(fixture.app.heldKeysDeadline == nil)
        fixture.app.handle(.character("n"), at: at(1_000))
        #expect(fixture.screen().contains("Herausforderungen"))
    }

    @Test func keysWithoutTimeActAtOnce() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"))
        #expect(fixture.app.heldKeysDeadline == nil)
    }
}
