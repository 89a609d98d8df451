/// The built-in demo workshop: the kick-off of the Wirtschaftsallianz Bottrop.
///
/// Taken from the source report: §4.1.1 "Auftakt-Veranstaltung" (programme, the four theme
/// tables, moderators from the project team and the city's business development, closing
/// summary and outlook), §5.1 on the neutral moderation by the Faktor 10 – Institut, Fig. 3 for
/// the Institut Arbeit und Technik in the project team, and the appendix headings
/// "Ergebnisse der Diskussionen an den Thementischen vom 23.03.2017 (Auftaktveranstaltung
/// Lokschuppen)" for date and place. The report gives no timings, no participant list and no
/// names of moderators; those are illustrative and marked as such below.
public enum DemoWorkshop {
    /// The kick-off meeting of 23 March 2017 in the Lokschuppen.
    public static let kickOff = Workshop(
        info: WorkshopInfo(title: "Auftaktveranstaltung der Wirtschaftsallianz Bottrop",
                           date: "2017-03-23",
                           place: "Lokschuppen, Bottrop"),
        agenda: agenda,
        participants: participants,
        moderators: moderators + DemoProfiles.moderators,
        boards: DemoBoards.boards,
        headings: DemoBoards.headings,
        cards: DemoBoards.cards,
        rounds: DemoRounds.rounds,
        ratings: DemoRounds.ratings,
        matrices: DemoMatrices.matrices,
        topics: DemoMatrices.topics,
        profiles: DemoProfiles.profiles)

    // The programme items are the report's (§4.1.1); the planned minutes for a three-hour
    // meeting, the coffee break and the closing get-together are invented.
    // The single theme-table item stands for four parallel tables: "Herausforderungen am
    // Wirtschaftsstandort Bottrop", "Visionen für den Wirtschaftsstandort", "Neue Formen der
    // Zusammenarbeit", "Möglichkeiten der Erfolgsmessung".
    private static let agenda: [AgendaItem] = [
        agendaItem(1, "Begrüßung durch Oberbürgermeister Bernd Tischler", .plenary, 10),
        agendaItem(2, "Begrüßung durch den Projektträger DLR e.V. (Dr. Frank Betker)", .plenary, 5),
        agendaItem(3, "Impulsreferat: Rahmenbedingungen der städtischen Wirtschaftsförderung", .plenary, 15),
        agendaItem(4, "Impulsreferat: Zukunftsperspektiven einer neuen Form von Wirtschaftsförderung", .plenary, 15),
        agendaItem(5, "Impulsreferat: Ansatzpunkte für nachhaltiges Wirtschaften und Resilienz", .plenary, 15),
        agendaItem(6, "Kaffeepause und Wechsel an die Thementische", .pause, 15),
        agendaItem(7, "Vier parallele Thementische: Herausforderungen · Visionen · Neue Formen der Zusammenarbeit · Erfolgsmessung",
                   .themeTables, 60),
        agendaItem(8, "Zusammenfassung der Ergebnisse der Thementische durch den Moderator", .plenary, 20),
        agendaItem(9, "Ausblick auf das weitere Vorgehen innerhalb der Wirtschaftsallianz", .plenary, 10),
        agendaItem(10, "Ausklang und Vernetzung", .pause, 15),
    ]

    // The report names the two speakers of the welcome (§4.1.1) and says about 80 people took
    // part, but lists none of them. Everyone else here is invented: the institutions are those
    // the report names as stakeholders (city business development, IHK, HWK, HRW, Startercenter,
    // FabLab, Kreativnetzwerk, banks, retail and crafts); persons and companies are fictitious.
    private static let participants: [Person] = [
        participant(1, "Bernd Tischler", "Stadt Bottrop, Oberbürgermeister", illustrative: false),
        participant(2, "Dr. Frank Betker", "Projektträger DLR e.V.", illustrative: false),
        participant(3, "Anja Großmann", "Stadt Bottrop, Amt für Wirtschaftsförderung"),
        participant(4, "Jürgen Weiß", "IHK Nord Westfalen"),
        participant(5, "Sabine Kötter", "Handwerkskammer Münster"),
        participant(6, "Ralf Büscher", "Kreishandwerkerschaft Emscher-Lippe-West"),
        participant(7, "Prof. Dr. Claudia Möller", "Hochschule Ruhr West (HRW)"),
        participant(8, "Lena Schäfer", "Transferstelle der Hochschule Ruhr West"),
        participant(9, "Thomas Brüggemann", "Startercenter Bottrop"),
        participant(10, "Heike Maßmann", "Agentur für Arbeit, Geschäftsstelle Bottrop"),
        participant(11, "Dirk Jansen", "Jobcenter Bottrop"),
        participant(12, "Dr. Ursula Jäger", "Stadt Bottrop, Zukunftsstadt 2030+"),
        participant(13, "Klaus-Peter Rühl", "Einzelhandelsverband Bottrop"),
        participant(14, "Martina Strößner", "Werbegemeinschaft Innenstadt Bottrop"),
        participant(15, "Monika Tenhagen", "Modehaus Tenhagen"),
        participant(16, "Gülay Yıldız", "Buchhandlung am Pferdemarkt"),
        participant(17, "Stefan Hülsmann", "Bäckerei Hülsmann"),
        participant(18, "Frank Terhörst", "Hofladen Terhörst, Kirchhellen"),
        participant(19, "Uwe Malzahn", "Malzahn Elektrotechnik GmbH"),
        participant(20, "Mehmet Özdemir", "Dachdeckerei Özdemir & Söhne"),
        participant(21, "Jörg Wessels", "Welheimer Metallbau GmbH"),
        participant(22, "Katrin Böckmann", "Grafenwald Solartechnik GmbH"),
        participant(23, "Nadine Lührmann", "Emscher Logistik GmbH"),
        participant(24, "Sebastian Krüger", "Ruhrpott Röstwerk (Gründung)"),
        participant(25, "Julia Nowak", "Ebel Software UG (haftungsbeschränkt)"),
        participant(26, "Elif Demir", "Kreativnetzwerk „Made in Bottrop“"),
        participant(27, "Tobias Kampmann", "FabLab Bottrop"),
        participant(28, "Andreas Fuß", "Sparkasse Bottrop"),
        participant(29, "Birgit Hoffmann", "Steuerkanzlei Fuhlenbrock & Partner"),
        participant(30, "Peter Schulte-Bräucker", "Immobilienverwaltung Vonderort"),
    ]

    // The report says only that experienced moderators from the project team and the city's
    // business development led the tables, and that "the moderator" summarised at the end
    // (§4.1.1); it names no persons. The moderators are therefore named by their role, and
    // which organisation led which table is invented.
    private static let moderators: [Person] = [
        moderator(1, "Moderation Plenum", "Faktor 10 – Institut (Projektteam)"),
        moderator(2, "Tischmoderation „Herausforderungen“", "Faktor 10 – Institut (Projektteam)"),
        moderator(3, "Tischmoderation „Visionen“", "Institut Arbeit und Technik (Projektteam)"),
        moderator(4, "Tischmoderation „Zusammenarbeit“", "Stadt Bottrop, Amt für Wirtschaftsförderung"),
        moderator(5, "Tischmoderation „Erfolgsmessung“", "Faktor 10 – Institut (Projektteam)"),
    ]

    private static func agendaItem(_ number: Int, _ title: String, _ kind: InstrumentKind,
                                   _ minutes: Int) -> AgendaItem {
        AgendaItem(id: EntityID("demo-agenda-\(number)"), title: title, kind: kind, plannedMinutes: minutes)
    }

    private static func participant(_ number: Int, _ name: String, _ organisation: String,
                                    illustrative: Bool = true) -> Person {
        Person(id: EntityID("demo-participant-\(number)"), name: name, organisation: organisation,
               isIllustrative: illustrative)
    }

    private static func moderator(_ number: Int, _ name: String, _ organisation: String) -> Person {
        Person(id: EntityID("demo-moderator-\(number)"), name: name, organisation: organisation,
               isIllustrative: true)
    }
}
