import Foundation
import Testing
import WorkshopModel
import TestKit

/// A round for the tally: `values[p][r]` is rater r's value for proposal p (`nil` = missing).
/// Proposal identifiers are `p1`, `p2`, …; rater identifiers `r1`, `r2`, …
private struct Fixture {
    var round: ConsensingRound
    var ratings: [Rating]

    init(_ titles: [String], passive: Int? = nil, raters: [String], values: [[Int?]], scale: Int = 10,
         choose: Int = 1, rule: MissingRatingRule = .leaveOut) {
        let proposals = titles.enumerated().map { index, title in
            Proposal(id: EntityID("p\(index + 1)"), title: title, isPassive: index == passive)
        }
        let raterList = raters.enumerated().map { Rater(id: EntityID("r\($0 + 1)"), name: $1) }
        round = ConsensingRound(id: EntityID("round"), question: "Frage", proposals: proposals, raters: raterList,
                                scaleMaximum: scale, chooseCount: choose, missingRule: rule)
        ratings = []
        for (p, row) in values.enumerated() {
            for (r, value) in row.enumerated() {
                guard let value else { continue }
                ratings.append(Rating(roundID: round.id, raterID: raterList[r].id, proposalID: proposals[p].id, value: value))
            }
        }
    }

    var result: ConsensingResult { ConsensingTally.result(for: round, ratings: ratings) }

    func result(rule: MissingRatingRule) -> ConsensingResult {
        var round = round
        round.missingRule = rule
        return ConsensingTally.result(for: round, ratings: ratings)
    }
}

private extension ConsensingResult {
    subscript(_ title: String) -> ProposalResult {
        rows.first { $0.title == title }!
    }

    var titles: [String] { rows.map(\.title) }
}

private func isClose(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

/// A random complete or incomplete matrix for property tests.
private func randomFixture(using generator: inout SeededGenerator, allowMissing: Bool) -> Fixture {
    let proposalCount = Int.random(in: 2...7, using: &generator)
    let raterCount = Int.random(in: 1...12, using: &generator)
    let scale = ConsensingRound.allowedScales.randomElement(using: &generator)!
    let values: [[Int?]] = (0..<proposalCount).map { _ in
        (0..<raterCount).map { _ in
            allowMissing && Int.random(in: 0..<5, using: &generator) == 0 ? nil : Int.random(in: 0...scale, using: &generator)
        }
    }
    return Fixture((1...proposalCount).map { "V\($0)" }, passive: proposalCount - 1,
                   raters: (1...raterCount).map { "Person \($0)" }, values: values, scale: scale,
                   choose: Int.random(in: 1...(proposalCount - 1), using: &generator),
                   rule: MissingRatingRule.allCases.randomElement(using: &generator)!)
}

@Suite struct ConsensingTallyTests {
    // MARK: Worked examples from the literature

    /// Source: "Systemic Consensus", metagovernment.org wiki,
    /// http://metagovernment.org/mw/index.php?title=Systemic_Consensus&oldid=3449 —
    /// four friends (Paula, Theodora, Henry, Uwe) rate five weekend activities 0–10 and take
    /// the three with the least group resistance; Uwe gave no value for "Tea time".
    /// The page: Barbecue 12, Boat trip 20, Hiking 14, Museum 10 → Museum, Barbecue and Hiking
    /// are taken; Boat trip and Tea time are not. It fills the empty field with 5 (the middle of
    /// the scale), which is our `countAsMidpoint`.
    ///
    /// Note: for Tea time the page prints the cells 1, 3, 10 (and Uwe empty) but the totals
    /// 13 (uncorrected) and 18 (with the 5); the cells add up to 14 and 19. We reproduce the
    /// cells as printed, so Tea time is 19 here; the page's conclusion is the same either way.
    @Test func weekendActivitiesFromTheMetagovernmentWiki() {
        let titles = ["Barbecue", "Boat trip", "Hiking", "Museum", "Tea time"]
        let fixture = Fixture(titles, raters: ["Paula", "Theodora", "Henry", "Uwe"], values: [
            [8, 3, 0, 1],
            [4, 7, 9, 0],
            [2, 4, 6, 2],
            [1, 6, 3, 0],
            [1, 3, 10, nil],
        ], choose: 3, rule: .countAsMidpoint)
        let result = fixture.result
        #expect(result["Barbecue"].resistance == 12)
        #expect(result["Boat trip"].resistance == 20)
        #expect(result["Hiking"].resistance == 14)
        #expect(result["Museum"].resistance == 10)
        #expect(result["Tea time"].resistance == 14 + 5)
        #expect(result.titles == ["Museum", "Barbecue", "Hiking", "Tea time", "Boat trip"])
        #expect(result.rows.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(result.chosen.map(\.title) == ["Museum", "Barbecue", "Hiking"]) // the page's "yes" column
        #expect(!result.tieAtCut)
        #expect(result.missingValues == 1)
        #expect(result.completeRaters == 3)
        #expect(result.raterCount == 4)
        #expect(isClose(result["Museum"].acceptance, 75)) // 100 × (1 − 10 ÷ 40)
        #expect(isClose(result["Museum"].mean, 2.5))

        // The page warns that leaving the empty field out and adding up only the values given
        // would let Tea time push out Hiking (its 13 against 14). Our leaveOut compares by the
        // mean instead (14 ÷ 3 ≈ 4.67 against 14 ÷ 4 = 3.5), so the choice stays the same.
        let leftOut = fixture.result(rule: .leaveOut)
        #expect(leftOut["Tea time"].resistance == 14)
        #expect(leftOut["Tea time"].counted == 3)
        #expect(leftOut.chosen.map(\.title) == ["Museum", "Barbecue", "Hiking"])
        #expect(leftOut["Tea time"].rank == 4)
        #expect(!leftOut["Tea time"].isTie) // equal sums (14, 14) but unequal means are no tie

        // Counting the empty field as full resistance only makes Tea time worse.
        let maximum = fixture.result(rule: .countAsMaximum)
        #expect(maximum["Tea time"].resistance == 24)
        #expect(maximum.chosen.map(\.title) == ["Museum", "Barbecue", "Hiking"])
    }

    /// Source: SmarterLife, "Systemisches Konsensieren – Methodische Erläuterung zum
    /// Akzeptanz-Barometer", https://www.smarterlife.de/blog-beitrag/methodische-erlaeuterung-akzeptanz-barometer/
    /// — "with 1,000 participants a party could get 10,000 resistance points; if it gets only
    /// 4,000, the conflict potential is 40 % and the acceptance 60 %".
    @Test func acceptanceOfTheSmarterLifeBarometer() {
        let raters = (1...1000).map { "Person \($0)" }
        let fixture = Fixture(["Partei A", "Keine Änderung"], passive: 1, raters: raters,
                              values: [Array(repeating: 4, count: 1000), Array(repeating: 10, count: 1000)])
        let party = fixture.result["Partei A"]
        #expect(party.resistance == 4000)
        #expect(party.counted * 10 == 10_000)
        #expect(isClose(party.acceptance, 60))
        #expect(isClose(100 - party.acceptance, 40)) // conflict potential
    }

    /// Source: acceptify help centre (Dominik Berger), "Beispiel zur Erklärung der Passivoption",
    /// https://acceptify.tawk.help/article/beispiel-zur-erklärung-der-passivoption — the passive
    /// option has only 10 % acceptance (90 % group resistance), option B the highest with 60 %;
    /// the passive option is the yardstick, and B is a clear improvement. The page gives only
    /// percentages; the values below (10 raters, 0–10) are chosen to give exactly them.
    @Test func passiveOptionAsYardstickFromAcceptify() {
        let fixture = Fixture(["Option A", "Option B", "Option C", "Passivoption"], passive: 3,
                              raters: (1...10).map { "Person \($0)" }, values: [
                                  [9, 9, 9, 9, 9, 9, 9, 10, 10, 10], // 93: more than the passive option
                                  [4, 4, 4, 4, 4, 4, 4, 4, 4, 4],    // 40
                                  [5, 5, 5, 5, 5, 5, 5, 5, 5, 5],    // 50
                                  [9, 9, 9, 9, 9, 9, 9, 9, 9, 9],    // 90
                              ], choose: 1)
        let result = fixture.result
        #expect(isClose(result["Passivoption"].acceptance, 10))
        #expect(isClose(result["Option B"].acceptance, 60))
        #expect(result.rows.first?.title == "Option B")
        #expect(result["Option B"].isChosen)
        #expect(result["Option B"].isAcceptable && result["Option C"].isAcceptable)
        #expect(!result["Option A"].isAcceptable) // 93 > 90
        #expect(result["Passivoption"].isPassive && result["Passivoption"].isAcceptable && !result["Passivoption"].isChosen)
    }

    /// Source: konsent.berlin, "Kurzanleitung Widerstandsabfrage" (2026-02-09),
    /// https://konsent.berlin/blog/2026/02/09/kurzanleitung-widerstandsabfrage — hand signals
    /// 0 (fist), 1 (one hand), 2 (both hands); the points are added and the lowest sum is the
    /// most viable; a proposal is over its rejection limit when the sum is higher than the
    /// number of people. On the 0–2 scale that limit is exactly acceptance 50 %.
    @Test func handSignalsFromKonsentBerlin() {
        let fixture = Fixture(["Vorschlag 1", "Vorschlag 2", "Vorschlag 3"], raters: (1...6).map { "P\($0)" }, values: [
            [0, 1, 1, 2, 1, 1], // 6 = number of people: at the limit
            [0, 0, 1, 0, 1, 0], // 2: least resistance
            [2, 1, 1, 1, 1, 1], // 7: over the limit
        ], scale: 2)
        let result = fixture.result
        #expect(result.titles == ["Vorschlag 2", "Vorschlag 1", "Vorschlag 3"])
        #expect(result["Vorschlag 2"].resistance == 2)
        #expect(isClose(result["Vorschlag 1"].acceptance, 50))
        #expect(result["Vorschlag 3"].acceptance < 50)
        #expect(isClose(result["Vorschlag 2"].acceptance, 100 * (1 - 2.0 / 12)))
    }

    // MARK: Properties

    @Test func theOrderOfRatersAndValuesDoesNotMatter() {
        var generator = SeededGenerator(seed: 20170323)
        for _ in 0..<300 {
            let fixture = randomFixture(using: &generator, allowMissing: true)
            var shuffled = fixture
            shuffled.round.raters.shuffle(using: &generator)
            shuffled.ratings.shuffle(using: &generator)
            #expect(shuffled.result == fixture.result)
        }
    }

    @Test func raisingOneValueNeverImprovesThatProposalsRank() {
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<300 {
            let fixture = randomFixture(using: &generator, allowMissing: true)
            let before = fixture.result
            for index in fixture.ratings.indices {
                var raised = fixture
                let old = raised.ratings[index].value
                guard old < fixture.round.scaleMaximum else { continue }
                raised.ratings[index].value = Int.random(in: (old + 1)...fixture.round.scaleMaximum, using: &generator)
                let proposal = raised.ratings[index].proposalID
                let after = raised.result
                #expect(after.row(for: proposal)!.rank >= before.row(for: proposal)!.rank,
                        "\(fixture.round.missingRule) raising \(old) → \(raised.ratings[index].value)")
                #expect(after.row(for: proposal)!.resistance > before.row(for: proposal)!.resistance)
            }
        }
    }

    @Test func acceptanceIsOneMinusResistanceOverMaximumPossible() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let fixture = randomFixture(using: &generator, allowMissing: false)
            let n = fixture.round.raters.count
            let maximum = fixture.round.scaleMaximum
            for row in fixture.result.rows {
                let sum = fixture.ratings.filter { $0.proposalID == row.proposalID }.map(\.value).reduce(0, +)
                #expect(row.resistance == sum)
                #expect(row.counted == n)
                #expect(isClose(row.acceptance, 100 * (1 - Double(sum) / Double(n * maximum))))
                #expect(isClose(row.mean, Double(sum) / Double(n)))
                #expect((0...100).contains(row.acceptance))
            }
        }
    }

    @Test func ranksFollowResistanceAndTiesShareARank() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<200 {
            let result = randomFixture(using: &generator, allowMissing: false).result
            for (index, row) in result.rows.enumerated() {
                let better = result.rows.filter { $0.resistance < row.resistance }.count
                #expect(row.rank == better + 1)
                #expect(row.isTie == result.rows.contains { $0.proposalID != row.proposalID && $0.resistance == row.resistance })
                if index > 0 { #expect(result.rows[index - 1].resistance <= row.resistance) }
            }
        }
    }

    // MARK: Ties, passive solution, k chosen

    @Test func tiesAreShownAsTiesNotHiddenByOrder() {
        let values: [[Int?]] = [[3, 4], [5, 2], [1, 1], [8, 9]]
        let fixture = Fixture(["A", "B", "C", "Passiv"], passive: 3, raters: ["X", "Y"], values: values, choose: 1)
        let result = fixture.result
        #expect(result.titles == ["C", "A", "B", "Passiv"]) // A and B keep the proposals' order …
        #expect(result.rows.map(\.rank) == [1, 2, 2, 4])    // … but share rank 2, and rank 3 is skipped
        #expect(result.rows.map(\.isTie) == [false, true, true, false])

        // Listing B before A changes the order of the tied rows, never their ranks.
        var reversed = fixture
        reversed.round.proposals.swapAt(0, 1)
        let again = reversed.result
        #expect(again.titles == ["C", "B", "A", "Passiv"])
        #expect(again["A"].rank == 2 && again["B"].rank == 2 && again["A"].isTie && again["B"].isTie)
    }

    @Test func aTieAtTheCutChoosesAllTiedAndSaysSo() {
        let fixture = Fixture(["A", "B", "C", "D", "Passiv"], passive: 4, raters: ["X", "Y"],
                              values: [[1, 1], [2, 2], [3, 1], [5, 5], [9, 9]], choose: 2)
        let result = fixture.result
        #expect(result.chosen.map(\.title) == ["A", "B", "C"])
        #expect(result.tieAtCut)
        #expect(result["B"].rank == 2 && result["C"].rank == 2)

        var three = fixture
        three.round.chooseCount = 3
        #expect(three.result.chosen.map(\.title) == ["A", "B", "C"])
        #expect(!three.result.tieAtCut)

        var one = fixture
        one.round.chooseCount = 1
        #expect(one.result.chosen.map(\.title) == ["A"])
        #expect(!one.result.tieAtCut)
    }

    @Test func proposalsAboveThePassiveSolutionAreNotAcceptableNorChosen() {
        let fixture = Fixture(["Gut", "Mittel", "Schlecht", "Alles bleibt"], passive: 3, raters: ["X", "Y", "Z"],
                              values: [[1, 2, 0], [5, 5, 5], [9, 9, 8], [5, 5, 5]], choose: 3)
        let result = fixture.result
        #expect(result.titles == ["Gut", "Mittel", "Alles bleibt", "Schlecht"])
        #expect(result["Gut"].isAcceptable)
        #expect(result["Mittel"].isAcceptable) // equal to the passive solution: still acceptable
        #expect(result["Mittel"].isTie && result["Alles bleibt"].isTie)
        #expect(!result["Schlecht"].isAcceptable)
        #expect(result["Alles bleibt"].isPassive && result["Alles bleibt"].isAcceptable)
        #expect(result.chosen.map(\.title) == ["Gut", "Mittel"]) // k = 3, but only two are acceptable
        #expect(!result.rows.contains { $0.isPassive && $0.isChosen })
    }

    @Test func thePassiveSolutionCanWin() {
        let fixture = Fixture(["A", "B", "Passiv"], passive: 2, raters: ["X", "Y"],
                              values: [[7, 8], [9, 6], [1, 0]], choose: 1)
        let result = fixture.result
        #expect(result.rows.first?.title == "Passiv")
        #expect(result.rows.first?.rank == 1)
        #expect(result.chosen.isEmpty)
        #expect(!result["A"].isAcceptable && !result["B"].isAcceptable)
    }

    // MARK: Missing values

    /// The documented numbers of each rule: 0–10, three raters; A lacks one value.
    @Test func eachMissingRuleGivesItsDocumentedNumbers() {
        let fixture = Fixture(["A", "B", "Passiv"], passive: 2, raters: ["X", "Y", "Z"],
                              values: [[2, 4, nil], [3, 3, 3], [8, 8, 8]])

        let leftOut = fixture.result(rule: .leaveOut)
        #expect(leftOut["A"].resistance == 6 && leftOut["A"].counted == 2 && leftOut["A"].missing == 1)
        #expect(isClose(leftOut["A"].mean, 3) && isClose(leftOut["A"].acceptance, 70))
        #expect(leftOut["B"].resistance == 9 && isClose(leftOut["B"].mean, 3) && isClose(leftOut["B"].acceptance, 70))
        // Sums 6 and 9, but the same mean: a tie, not a win for the proposal that lacks a value.
        #expect(leftOut["A"].rank == 1 && leftOut["B"].rank == 1 && leftOut["A"].isTie)
        #expect(leftOut.rule == .leaveOut)

        let maximum = fixture.result(rule: .countAsMaximum)
        #expect(maximum["A"].resistance == 16 && maximum["A"].counted == 3)
        #expect(isClose(maximum["A"].acceptance, 100 * (1 - 16.0 / 30)))
        #expect(maximum.titles == ["B", "A", "Passiv"])

        let midpoint = fixture.result(rule: .countAsMidpoint)
        #expect(midpoint["A"].resistance == 11 && midpoint["A"].counted == 3)
        #expect(midpoint.titles == ["B", "A", "Passiv"])

        for rule in MissingRatingRule.allCases {
            let result = fixture.result(rule: rule)
            #expect(result.missingValues == 1 && result.completeRaters == 2 && result.raterCount == 3)
            #expect(result["A"].resistance > 6 || rule == .leaveOut, "a missing value is never counted as 0")
        }
    }

    @Test func theMidpointIsRoundedUpOnEveryScale() {
        #expect(MissingRatingRule.countAsMidpoint.substitute(scaleMaximum: 10) == 5)
        #expect(MissingRatingRule.countAsMidpoint.substitute(scaleMaximum: 5) == 3)
        #expect(MissingRatingRule.countAsMidpoint.substitute(scaleMaximum: 2) == 1)
        #expect(MissingRatingRule.countAsMaximum.substitute(scaleMaximum: 5) == 5)
        #expect(MissingRatingRule.leaveOut.substitute(scaleMaximum: 10) == nil)
        let fixture = Fixture(["A", "Passiv"], passive: 1, raters: ["X", "Y"], values: [[4, nil], [5, 5]], scale: 5,
                              rule: .countAsMidpoint)
        #expect(fixture.result["A"].resistance == 7)
    }

    @Test func aProposalWithoutValuesIsRankedLastWithAcceptanceZero() {
        let fixture = Fixture(["A", "Leer", "Passiv"], passive: 2, raters: ["X", "Y"],
                              values: [[9, 9], [nil, nil], [10, 10]], choose: 2)
        let result = fixture.result
        #expect(result.titles == ["A", "Passiv", "Leer"])
        #expect(result["Leer"].counted == 0 && result["Leer"].acceptance == 0 && result["Leer"].mean == 0)
        #expect(result["Leer"].rank == 3 && !result["Leer"].isAcceptable && !result["Leer"].isChosen)
        #expect(result.chosen.map(\.title) == ["A"])
        #expect(result.missingValues == 2 && result.completeRaters == 0)
    }

    @Test func aRoundWithoutAnyValueHasNoResultYet() {
        let fixture = Fixture(["A", "B", "Passiv"], passive: 2, raters: ["X"], values: [[nil], [nil], [nil]])
        let result = fixture.result
        #expect(result.rows.map(\.rank) == [1, 1, 1])
        #expect(result.chosen.isEmpty)
        #expect(result.missingValues == 3)
    }

    @Test func valuesOfOtherRoundsAndOfRemovedRatersAreIgnored() {
        var fixture = Fixture(["A", "Passiv"], passive: 1, raters: ["X", "Y"], values: [[1, 2], [5, 5]])
        let clean = fixture.result
        fixture.ratings.append(Rating(roundID: EntityID("other"), raterID: EntityID("r1"), proposalID: EntityID("p1"), value: 10))
        fixture.ratings.append(Rating(roundID: fixture.round.id, raterID: EntityID("gone"), proposalID: EntityID("p1"), value: 10))
        #expect(fixture.result == clean)
    }

    @Test func theResultRoundTripsThroughJSON() throws {
        let fixture = Fixture(["A", "B", "Passiv"], passive: 2, raters: ["X", "Y", "Z"],
                              values: [[2, 4, nil], [3, 3, 3], [8, 8, 8]], choose: 1)
        let result = fixture.result
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(ConsensingResult.self, from: data) == result)
    }
}
