import Foundation
import Testing
import WorkshopModel

@Suite struct WorkshopExportTests {
    private func exported(_ workshop: Workshop, lastSequence: Int64 = 42) throws -> Data {
        try WorkshopExport(state: WorkshopState(workshop: workshop, lastSequence: lastSequence)).jsonData()
    }

    @Test func exportRoundTripsAndNamesItsFormat() throws {
        let data = try exported(DemoWorkshop.kickOff)
        let decoded = try JSONDecoder().decode(WorkshopExport.self, from: data)
        #expect(decoded.format == "allianz-tui-export")
        #expect(decoded.formatVersion == WorkshopExport.currentFormatVersion)
        #expect(decoded.lastSequence == 42)
        #expect(decoded.workshop == DemoWorkshop.kickOff)
    }

    @Test func exportIsStableUTF8EndingInALineBreak() throws {
        let first = try exported(DemoWorkshop.kickOff)
        #expect(first == (try exported(DemoWorkshop.kickOff)))
        #expect(first.last == UInt8(ascii: "\n"))
        let text = try #require(String(data: first, encoding: .utf8))
        #expect(text.contains("Bäckerei Hülsmann")) // not escaped as \u00e4
        #expect(text.contains("\n  "))
        // Keys are sorted as documented in docs/export-json.md.
        let keys = ["\"format\"", "\"formatVersion\"", "\"lastSequence\"", "\"workshop\""].map { text.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted())
    }

    @Test func absentOrganisationIsLeftOut() throws {
        let workshop = Workshop(info: WorkshopInfo(title: "T", date: "", place: ""),
                                participants: [Person(id: EntityID("p"), name: "Ohne")])
        let object = try JSONSerialization.jsonObject(with: try exported(workshop)) as? [String: Any]
        let people = (object?["workshop"] as? [String: Any])?["participants"] as? [[String: Any]]
        let person = try #require(people?.first)
        #expect(person["organisation"] == nil)
        #expect(person["name"] as? String == "Ohne")
        #expect(person["isIllustrative"] as? Bool == false)
    }
}
