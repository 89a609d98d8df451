import Testing
import WorkshopModel

/// The demo's consensing round reproduces the seed's choice (§4.1.4).
struct DemoRoundTests {
    @Test func theTallyChoosesTheFourLabsTheSeedNames() throws {
        let workshop = DemoWorkshop.kickOff
        let round = try #require(workshop.rounds.first)
        let result = ConsensingTally.result(for: round, ratings: workshop.ratings(for: round.id))
        #expect(Set(result.chosen.map(\.title)) == [
            "City-Logistik unter Nachhaltigkeitsgesichtspunkten", "Hybride Formen des Handels",
            "Bottroper Unternehmen wirtschaften nachhaltig", "Digitale Koproduktion im Handwerk",
        ])
        #expect(result.missingValues == 0)
        #expect(result.completeRaters == 12)
        #expect(!result.tieAtCut)
        #expect(round.passiveProposal != nil)
        #expect(round.proposals.filter { $0.title.contains("(illustrativ)") }.count == 2)
    }

    @Test func theDemoRoundIsValidInput() throws {
        let round = try #require(DemoWorkshop.kickOff.rounds.first)
        for text in [round.question] + round.proposals.flatMap({ [$0.title, $0.description] }) {
            #expect(TextSanitizer.clean(text, multiline: true) == text)
        }
    }
}
