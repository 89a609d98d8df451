import Testing
import WorkshopModel

/// Dates typed as the moderator reads them, and numbers written as the language writes them.
@Suite struct MeetingDateTests {
    @Test(arguments: [("18.05.2017", "2017-05-18"), ("2017-05-18", "2017-05-18"), ("8.5.2017", "2017-05-08"),
                      ("08.5.17", "2017-05-08"), ("29.2.2000", "2000-02-29"), ("1.1.0001", "0001-01-01")])
    func acceptedFormsGiveTheISODate(typed: String, iso: String) {
        #expect(MeetingDate.parse(typed) == iso)
    }

    @Test(arguments: ["29.02.1900", "31.04.2017", "18-05-2017", "2017-5-18", "18.05", "18.05.2017.", "١٨.٠٥.٢٠١٧", ""])
    func otherFormsAreNoDate(typed: String) {
        #expect(MeetingDate.parse(typed) == nil)
    }

    @Test func theProgramShowsWhatItReads() {
        for iso in ["2017-03-23", "2024-02-29", "1999-12-31"] {
            #expect(MeetingDate.parse(LocalizedFormat.meetingDate(iso, .de)) == iso)
        }
    }

    @Test(arguments: [(0, "0", "0"), (999, "999", "999"), (1000, "1.000", "1,000"), (300_000, "300.000", "300,000"),
                      (1_234_567, "1.234.567", "1,234,567"), (-4500, "-4.500", "-4,500")])
    func countsAreGroupedByThousands(value: Int, german: String, english: String) {
        #expect(LocalizedFormat.count(value, .de) == german)
        #expect(LocalizedFormat.count(value, .en) == english)
    }
}
