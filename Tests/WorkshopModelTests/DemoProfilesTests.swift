import Foundation
import Testing
import WorkshopModel

/// The demo's catalog is the source report's Table 2, and its four labs are §4.1.4's.
struct DemoProfilesTests {
    @Test func theCatalogHasTheTwentyFourIdeasOfTableTwoWithFunnelAndTwoModerators() {
        let workshop = DemoWorkshop.kickOff
        let ideas = workshop.profiles.filter { $0.templateID == ProfileTemplate.projectIdea.id }
        #expect(ideas.count == 24)
        #expect(ideas.map(\.number) == Array(1...24))
        #expect(ideas.allSatisfy { workshop.moderatorNames(of: $0).count == 2 })
        #expect(ideas.allSatisfy { !workshop.summary(of: $0).isEmpty && $0.funnel.primary != nil })
        #expect(ideas[0].title == "Elektromobiler City-Hub")
        #expect(workshop.moderatorNames(of: ideas[0]) == ["Hr. Miller", "Fr. Sturm"])
        #expect(ideas[1].funnel.label(.de) == "OK bzw. in RL integrieren")
        #expect(ideas[8].funnel.code == "RL?")
        #expect(ideas[23].title == "Kooperative Produktion im Handwerk" && ideas[23].funnel.code == "RL")
        // Table 2 data is from the report, not illustrative.
        #expect(ideas.allSatisfy { $0.illustrativeFieldIDs.isEmpty })
    }

    @Test func theFourCommissionedLabsHaveFilledProfilesMarkedIllustrative() {
        let workshop = DemoWorkshop.kickOff
        let labs = workshop.profiles.filter { $0.templateID == ProfileTemplate.realLab.id }
        #expect(labs.map(\.title) == ["City-Logistik unter Nachhaltigkeitsgesichtspunkten", "Hybride Formen des Handels",
                                      "Bottroper Unternehmen wirtschaften nachhaltig", "Digitale Koproduktion im Handwerk"])
        for lab in labs {
            #expect(workshop.missingRequiredFields(of: lab).isEmpty)
            #expect(ProfileTemplate.realLab.fields.allSatisfy { lab.illustrativeFieldIDs.contains($0.id) })
            #expect(lab.assessment.count == workshop.assessmentGrid.criteria.count)
        }
    }
}

/// A workshop file created from the demo holds the profiles, the templates and the grid.
struct ProfilePersistenceTests {
    @Test func aStoreCreatedFromTheDemoHoldsItsProfilesAndSurvivesReopening() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        var content = DemoWorkshop.kickOff
        content.assessmentGrid = AssessmentGrid(criteria: [AssessmentCriterion(id: "x", name: "Wirkung")], levels: ["−", "+"])
        content.profileTemplates = [ProfileTemplate(id: EntityID("t"), name: "Leerstand", fields: [ProfileField(id: "a", name: "Adresse")])]
        let store = try WorkshopStore.create(at: path, content: content)
        #expect(store.state.workshop == content)
        let profileID = try #require(content.profiles.first?.id)
        try store.execute(.profile(.setField(id: profileID, fieldID: "schedule", text: "Start im Herbst – Übergabe 2019")))
        try store.close()
        let reopened = try WorkshopStore.open(at: path)
        #expect(reopened.state.workshop.profile(profileID)?.value("schedule") == "Start im Herbst – Übergabe 2019")
        #expect(reopened.state.workshop.assessmentGrid == content.assessmentGrid)
        try reopened.close()
    }
}
