/// The boards of the built-in demo workshop (domain §1 and §5), taken from the source report
/// (line numbers refer to seed/wirtschaftsallianz-bottrop-bericht.txt):
///
/// 1.–4. The four theme tables of the kick-off (§4.1.1, lines 346–364): the aggregated results of
///    the appendix "Herausforderungen am Standort Bottrop – Visionen", Table 1 and "Reflexion"
///    (lines 1456–1647), and "Thema „Governance“" (lines 1649–1702). The appendix gives no
///    results of the success-measurement table; that board is short and mostly prepared.
/// 5. The SWOT of Fig. 15 (lines 1704–1789).
/// 6. Leitbild (Fig. 16, lines 1790–1840) and Leitziele (Fig. 17, lines 1841–1925; the
///    dimensions of the pillars Innovativ and Nachhaltig from Figs. 23–24, lines 2636–2851).
/// 7. The mind map of the field of action "Nachhaltige Gründungen" (Fig. 25, lines 2852–3087).
///
/// The report says the tables were prepared with "a pre-thought landscape of sub-aspects"
/// (lines 360–363, 1161–1164) but does not list it: the prepared prompts on the theme tables are
/// illustrative, adapted from the report's own guiding questions. Everything else invented is
/// marked where it occurs. Small slips of the PDF text (hyphenation, missing spaces, typos such
/// as "der inhabergeführten Einzelhandels") are corrected silently.
enum DemoBoards {
    static let boards: [Board] = content.boards
    static let headings: [Heading] = content.headings
    static let cards: [Card] = content.cards

    private static let content: Builder = {
        var builder = Builder()
        addChallengesAndVisions(to: &builder)
        addCooperation(to: &builder)
        addSuccessMeasurement(to: &builder)
        addSWOT(to: &builder)
        addGuidingGoals(to: &builder)
        addMindMap(to: &builder)
        return builder
    }()

    // MARK: Theme tables 1 and 2: challenges and visions (Table 1)

    /// The change processes the appendix sorts the contributions by (lines 1470–1472).
    private enum ChangeProcess: String {
        case climate = "Klimawandel"
        case socioEconomic = "Sozio-ökonomischer Wandel"
        case technological = "Technologischer Wandel"

        /// The prepared prompt on the challenges table. Illustrative: adapted from the guiding
        /// questions of lines 250–258 and the contexts named for the SWOT (lines 1222–1224).
        var challengePrompt: String {
            switch self {
            case .climate:
                "Welche globalen Nachhaltigkeitsaspekte spielen für den Standort eine Rolle – z. B. CO2-Minderung, Ressourcenverbrauch?"
            case .socioEconomic:
                "Demographischer Wandel, Branchenentwicklungen, Ende des Steinkohlenbergbaus 2018: Vor welchen Herausforderungen steht der Standort?"
            case .technological:
                "Digitalisierung und Wissensgesellschaft: Was verändert sich für Handel, Handwerk und Freizeitwirtschaft?"
            }
        }

        /// The prepared prompt on the visions table. Illustrative: after the appendix's aim of "a
        /// sustainable and resilient economic structure" (lines 1464–1467).
        var visionPrompt: String {
            switch self {
            case .climate:
                "Wie sieht ein ressourcenschonender, klimafreundlicher Wirtschaftsstandort Bottrop aus?"
            case .socioEconomic:
                "Was macht Bottrop für Unternehmen, Fachkräfte und Familien attraktiv?"
            case .technological:
                "Wie nutzt die Bottroper Wirtschaft die Digitalisierung für sich?"
            }
        }
    }

    /// A challenge of Table 1 with the visions the table pairs it with.
    private struct Pairing {
        let challenge: String
        let visions: [String]
        /// The round card grouping the challenge on the challenges board, if any.
        var group: String? = nil
    }

    /// The round card on the challenges board. Invented grouping: the appendix's reflection
    /// (lines 1624–1629) singles out the shortage of skilled workers as one knot of challenges.
    private static let skilledWorkers = "Fachkräfte und Ausbildung"

    /// Table 1 (lines 1476–1620). Rows without a challenge of their own belong to the challenge
    /// above them. Reading of the flattened table: "Aktive Vermarktung des Standortes" and
    /// "Zentrale Ausbildung (Wegfall Steinkohleabbau 2018)" are taken as visions of the
    /// challenge above; "Rückgang des inhabergeführten Einzelhandels" has no vision.
    private static let table1: [(ChangeProcess, [Pairing])] = [
        (.climate, [
            Pairing(challenge: "Reduzierung des Ressourcenverbrauchs",
                    visions: ["Elektromobiler City Hub", "Nachhaltige Verkehrskonzepte", "Zirkuläre Wertschöpfungsketten"]),
            Pairing(challenge: "Ausbau nachhaltiger Freizeitinfrastruktur",
                    visions: ["Vernetzte Strukturen und kleinteilige Angebote der Freizeitwirtschaft", "Fahrrad-Tourismus",
                              "Bessere Bahnanbindung"]),
        ]),
        (.socioEconomic, [
            Pairing(challenge: "Mangelnde Flächenverfügbarkeit",
                    visions: ["Schnelle Nachnutzung der Bergbauflächen für produzierendes Gewerbe"]),
            Pairing(challenge: "Wettbewerb mit umliegenden Städten",
                    visions: ["Bottrop als bedeutsamer Standort für dezentrale und kleinteilige Produktion",
                              "Belebte und attraktive Innenstadt (u. a. Bespielung des Rathausplatzes und Wiedernutzung des Hansa-Centers)"]),
            Pairing(challenge: "Geringer Grad der Kooperation und Vernetzung",
                    visions: ["Handel, Handwerk, Dienstleistung und Freizeitangebote vernetzen und Synergien nutzen",
                              "Innenstadt beleben und attraktiv gestalten", "Aktive Vermarktung des Standortes"]),
            Pairing(challenge: "Fachkräftemangel/mangelnde Bindung der Beschäftigten an die Unternehmen",
                    visions: ["Vernetzung der Unternehmen untereinander, gemeinsame Messen, Fachkräfteportal speziell für Bottroper Unternehmen, neue/starke Kooperationen/Partnerschaften zwischen Unternehmen und Bildungsträgern, Verbund von Ausbildungsbetrieben",
                              "Bottrop als „Tor zum Münsterland“"],
                    group: skilledWorkers),
            Pairing(challenge: "Diversität des Standortes wahren und ausbauen",
                    visions: ["Versorgung und Quartiersentwicklung, Familienangebote"]),
            Pairing(challenge: "Identifikation der Region",
                    visions: ["Bottrop als Marke/Stärken herausstellen, höherer Wiedererkennungswert, Standortvermarktung, Wir-Gefühl"]),
            Pairing(challenge: "Fachliche Qualität von Fachkräften/geringe Qualifizierung von Nachwuchs/berufliche Qualifikation/Einzelhandel als attraktive Ausbildung",
                    visions: ["Qualitätssicherung der betrieblichen Ausbildung, Steigerung des Wohn- und Freizeitwertes zur Bindung und Anwerbung von Fachkräften"],
                    group: skilledWorkers),
            Pairing(challenge: "Erziehung und Pflege", visions: ["Gesundheitscampus, HRW"]),
            Pairing(challenge: "Gesellschaftliche Akzeptanz von Ausbildung/geringe Qualifikation",
                    visions: ["Zentrale Ausbildung (Wegfall Steinkohleabbau 2018)",
                              "Neue Arrangements für die berufliche Ausbildung (Verbundausbildung)"],
                    group: skilledWorkers),
            Pairing(challenge: "Geringe Übernachtungsquote und -zahlen",
                    visions: ["Freizeitwirtschaft: Erhöhung der Aufenthaltsdauer"]),
            Pairing(challenge: "Überalterung",
                    visions: ["Dezentrale Versorgung der älteren Bevölkerung, gesellschaftliches Coaching"]),
            Pairing(challenge: "Innovationsschwäche", visions: ["Mehr Innovationspotenzial"]),
            Pairing(challenge: "Rückgang des inhabergeführten Einzelhandels", visions: []),
        ]),
        (.technological, [
            Pairing(challenge: "Digitalisierung",
                    visions: ["Ausbau des Glasfasernetzes", "Hybride Formen des Einzelhandels",
                              "Digitale Produktionsprozesse im Handwerk fördern", "Neue kooperative Geschäftsmodelle",
                              "Strategische und kooperative Dienstleistungs- und Handelsvernetzung",
                              "Märkte, Freizeit, Digitalisierung verknüpfen, Tradition: Markt + Neues verbinden",
                              "Neuerfindung der Einzelhandelsstrukturen"]),
        ]),
    ]

    /// The appendix's "Reflexion" after Table 1 (lines 1622–1647).
    private static let reflection = [
        "Diskutanten sehen weitreichende Verflechtungen der verschiedenen Herausforderungen am Standort Bottrop. Insbesondere die Herausforderungen im Bereich der „Digitalisierung“ und „Fachkräftemangel“ stehen in engem Zusammenhang, bilden komplexe gegenseitige Wechselbeziehungen.",
        "Es existieren integrierte Sichtweisen und Ideen, um zur Stärkung zentraler Standortfaktoren beizutragen (z. B. Entgegenwirken des Fachkräftemangels durch die Steigerung des Freizeit- und Wohnwertes).",
        "Branchenübergreifende, integrierte Ansätze werden begrüßt. Darüber hinaus gibt es auch schon sehr konkrete Ideen und zahlreiche Ansatzpunkte in den Handlungsfeldern der Wirtschaftsallianz (Freizeitwirtschaft, Einzelhandel, Handwerk), Beiträge zu leisten für eine zukunftsfähige Entwicklung des Standorts.",
        "Zusammenarbeit und Vernetzung der Akteure und Aktivitäten werden vielfach als zentrale Elemente gesehen, um die Transformationsprozesse am Standort erfolgreich zu gestalten.",
    ]

    /// Challenges and visions under one heading per change process, each tagged with it; every
    /// challenge links to the visions Table 1 pairs it with.
    private static func addChallengesAndVisions(to builder: inout Builder) {
        let challengesBoard = builder.board("Herausforderungen am Wirtschaftsstandort Bottrop", .themeTable, moderator: 2)
        var challengeIDs: [EntityID] = []
        for (process, pairings) in table1 {
            let heading = builder.heading(process.rawValue, on: challengesBoard)
            builder.card(process.challengePrompt, under: heading, prepared: true)
            var groups: [String: EntityID] = [:]
            for pairing in pairings {
                var clusterID: EntityID?
                if let group = pairing.group {
                    if groups[group] == nil {
                        groups[group] = builder.card(group, under: heading, tags: [process.rawValue], round: true)
                    }
                    clusterID = groups[group]
                }
                challengeIDs.append(builder.card(pairing.challenge, under: heading, tags: [process.rawValue],
                                                 in: clusterID))
            }
        }
        let reflectionHeading = builder.heading("Reflexion", on: challengesBoard)
        for text in reflection {
            builder.card(text, under: reflectionHeading)
        }

        let visionsBoard = builder.board("Visionen für den Wirtschaftsstandort", .themeTable, moderator: 3)
        var visionIDs: [[EntityID]] = []
        for (process, pairings) in table1 {
            let heading = builder.heading(process.rawValue, on: visionsBoard)
            builder.card(process.visionPrompt, under: heading, prepared: true)
            for pairing in pairings {
                visionIDs.append(pairing.visions.map { builder.card($0, under: heading, tags: [process.rawValue]) })
            }
        }
        for (challenge, visions) in zip(challengeIDs, visionIDs) where !visions.isEmpty {
            builder.link(challenge, to: visions)
        }
    }

    // MARK: Theme table 3: new forms of cooperation ("Governance")

    /// "Anforderungen an die (Zusammen-)Arbeit" (lines 1655–1702), with one prepared prompt per
    /// heading. The prompts are illustrative, after the self-assessment "Möglichkeiten der
    /// Zusammenarbeit" that the project team brought to the tables (lines 1159–1164).
    private static let cooperation: [(heading: String, prompt: String, requirements: [String])] = [
        ("Projektmanagement, Vernetzung, Schnittstellenmanagement",
         "Wie greifen Projekte der Allianz und bestehende Initiativen ineinander?",
         ["Abgrenzung und Rückkopplung von Projekten, Unterstützung durch WiFö",
          "Vernetzung zu bestehenden Initiativen"]),
        ("Kommunikation",
         "Wie erfahren Beteiligte und Öffentlichkeit, woran die Allianz arbeitet?",
         ["Transparenz und offene Berichterstattung",
          "Crossmediale Kommunikation: Crossmedia Publishing, FB/Twitter, Kampagne",
          "Teilnehmerinformation per Mail",
          "Zusätzlich: Zentrale Plattform mit übersichtlicher Information, langfristig angelegt"]),
        ("Selbstverständnis",
         "Was für eine Gemeinschaft will die Wirtschaftsallianz sein?",
         ["Vertrauen der Akteure zueinander/untereinander",
          "Vernetzung essentiell",
          "Identifikation mit dem Prozess und den Ergebnissen",
          "Dynamik",
          "Offenheit: kein „closed shop“, niemanden ausschließen, z. B. über Zwang zu regelmäßiger Beteiligung. Niederschwelliger Zugang soll gewährleistet bleiben"]),
        ("Arbeitsweise",
         "Wie arbeiten und entscheiden wir ohne Hierarchie?",
         ["Dynamik: Schnelles Zusammenkommen und Entscheiden, wenn es drängende Dinge gibt. Gute Reaktionsgeschwindigkeit, hierarchiearme Entscheidungswege",
          "Fragestellungen ganzheitlich betrachten, Potential branchenübergreifender Synergien",
          "Positive Konsensfindung (großer gemeinsamer Nenner)",
          "Beteiligung/Partizipation",
          "Keine Delegierten, Entscheidungsfähigkeit sicherstellen",
          "Regelmäßigkeit der Teilnahme, aber nicht zu häufige Treffen"]),
    ]

    private static func addCooperation(to builder: inout Builder) {
        let board = builder.board("Neue Formen der Zusammenarbeit", .themeTable, moderator: 4)
        for (title, prompt, requirements) in cooperation {
            let heading = builder.heading(title, on: board)
            builder.card(prompt, under: heading, prepared: true)
            for requirement in requirements {
                builder.card(requirement, under: heading)
            }
        }
    }

    // MARK: Theme table 4: success measurement

    /// The report gives no results of this table. The prepared cards restate what it says about
    /// measuring success elsewhere: indicators (lines 223–229), hard and soft factors of the
    /// Balanced Scorecard (lines 1237–1241), the evaluation and monitoring instrument (line 318)
    /// and the ADMIRe instruments of phase 4 (lines 1417–1427); that they lay on this table is
    /// assumed. The three cards written in the room are invented.
    private static func addSuccessMeasurement(to builder: inout Builder) {
        let board = builder.board("Möglichkeiten der Erfolgsmessung", .themeTable, moderator: 5)

        let indicators = builder.heading("Indikatoren", on: board)
        builder.card("Nachhaltigkeits- und Resilienz-Leitlinien, dargestellt in quantitativen und qualitativen Indikatoren – Wegweiser für die Reallabore",
                     under: indicators, prepared: true)
        builder.card("Nicht nur kurzfristige und harte (messbare), sondern auch weiche und langfristige Erfolgsfaktoren",
                     under: indicators, prepared: true)
        builder.card("Wie viele Projekte aus der Allianz heraus tatsächlich umgesetzt werden", under: indicators) // invented
        builder.card("Vergleich mit dem NRW-Durchschnitt, z. B. bei Beschäftigung und Einkommen", under: indicators) // invented

        let instruments = builder.heading("Instrumente", on: board)
        builder.card("Bewertungs- und Monitoring-Instrument des Projekts", under: instruments, prepared: true)
        let phase4 = builder.card("Phase 4: Bewertung und Verbesserung", under: instruments, prepared: true, round: true)
        for instrument in ["Netzwerkanalyse", "Vertrauensanalyse", "Commitment-Analyse", "Benchmarking", "Nachhaltigkeitsbericht"] {
            builder.card(instrument, under: instruments, prepared: true, in: phase4)
        }
        builder.card("Einmal im Jahr gemeinsam Bilanz ziehen: planen, umsetzen, überprüfen, anpassen", under: instruments) // invented
    }

    // MARK: SWOT (Fig. 15)

    /// Fig. 15, "Entwurf des Projektteams", June 2017. The flattened figure lists the bullets
    /// field by field; "Unterschiedlichkeit Bottrops: räumlich, strukturell" stands between the
    /// last opportunity and the first risk and is read as an opportunity.
    private static let swot: [[String]] = [
        ["Etablierte WiFö als Startpunkt (Netzwerk; personelle Ausstattung); Geschäftsstelle über Projektdauer; Öffnung der WiFö für neuen Ansatz (WiA)",
         "Projektteam/Wissenschaft als Unterstützung",
         "OB als Schirmherr und Mentor; als Teil der WiA",
         "Diverse existierende Zusammenarbeitsstrukturen/Projekte/Initiativen",
         "Hohes Engagement zahlreicher Akteure",
         "Im Aufbau: starke Gemeinschaft vieler Akteure; auf Dauer angelegt; partizipativ; entscheidungsfähig"],
        ["Bisher kein dezidiertes Verständnis von Nachhaltigkeit und Resilienz",
         "Bisher kein Masterplan für die WiFö/Wirtschaftsentwicklung; eher reaktives Verhalten",
         "Bisher keine abgestimmten Visionen/Leitplanken für die Entwicklung der Wirtschaft",
         "Bisher wenig transparente Entscheidungs(findungs)prozesse",
         "Bisher wenig kontinuierliche Einbindung, Information und Kommunikation",
         "Beeinflussung von wenigen Hauptakteuren und nicht breite Einbindung und breites Commitment"],
        ["Dynamisches Umfeld; geübt darin, Veränderungen zu antizipieren und Anpassungen zu adaptieren (Stichwort: Bergbau)",
         "Hohe Identität als „Bottroper“; Bekanntheit untereinander; erprobte Verlässlichkeit",
         "Diversifizierter Mittelstand",
         "Hochschule Ruhr-West als Nukleus für F&E",
         "Gute Mischung zwischen „Druck zur Veränderung“ und vorhandenem Spielraum",
         "Unterschiedlichkeit Bottrops: räumlich, strukturell"],
        ["Schließung des Bergbaus",
         "Räumliche Nähe zu anderen Städten / Konkurrenz in der Region",
         "Fachkräfte- & Flächenmangel",
         "Wanderungsbewegungen: Personen, Wirtschaft",
         "Kommunale Finanzlage"],
    ]

    // The SWOT, the guiding goals and the mind map come from later meetings (June and
    // September 2017); they are part of the demo so that every kind of board has an example.
    // That the plenary moderator leads them is invented.
    private static func addSWOT(to builder: inout Builder) {
        let board = builder.board("SWOT der Wirtschaftsallianz", .swot, moderator: 1)
        for (heading, entries) in zip(builder.templateHeadings(on: board), swot) {
            for entry in entries {
                builder.card(entry, under: heading)
            }
        }
    }

    // MARK: Leitbild and Leitziele (Figs. 16, 17)

    private enum Source: String {
        case participants = "Quelle: Anmerkungen der Teilnehmenden"
        case futureCity = "Quelle: Zukunftsstadt Vision 2030+"
        case sustainabilityNRW = "Quelle: NRW-Nachhaltigkeitsstrategie"
    }

    /// The Leitbild of Fig. 16: the preamble, then each pillar as a round card over its text.
    private static let leitbild: (preamble: String, pillars: [(String, [String])]) = (
        "Als neuartiger Zusammenschluss Bottroper Unternehmen und Akteuren der Wirtschaftsförderung verfolgt die Wirtschaftsallianz Bottrop das strategische Ziel, Beiträge zu einer nachhaltigen und resilienten Wirtschaftsstruktur am Standort Bottrop zu leisten und Bottrops lokale Wirtschaft und Beschäftigung zu fördern.",
        [
            ("Gemeinsam", [
                "Die Wirtschaftsallianz etabliert neue Formen der Zusammenarbeit. Es werden gemeinsam Strategien entwickelt und Maßnahmen kollaborativ umgesetzt, um in starken Partnerschaften den Wirtschaftsstandort Bottrop zukunftsfähig aufzustellen.",
                "Kooperation und Vernetzung ist der Schlüssel für Wissenstransfer, Ressourceneffizienz und eine hohe Durchschlagskraft in der Umsetzung. Über ein integriertes und abgestimmtes Vorgehen wird die Komplementarität zu bestehenden Initiativen gewährleistet.",
            ]),
            ("Innovativ", [
                "Der Innovationsanspruch bezieht sich sowohl auf die durch die Wirtschaftsallianz neu angestoßenen Prozesse als auch auf die angestrebten Ergebnisse. Die Zusammenarbeit in strategischen Allianzen ist ein neues innovatives Konzept der partizipativen Wirtschaftsförderung.",
                "Die lokale Innovationskraft wird als Motor der wirtschaftlichen Entwicklung gesehen, die dazu beitragen kann, den strukturellen Wandel nachhaltig zu gestalten. Innovation und Anpassungsfähigkeit in Geschäftsmodellen und Produktionsprozessen sind die Basis für eine resiliente, d. h. widerstandsfähige Wirtschaft Bottrops.",
            ]),
            ("Nachhaltig", [
                "Klassische wirtschaftliche Wachstumsziele werden Zug um Zug ergänzt durch ein mehrdimensionales Nachhaltigkeitsverständnis, welches ökonomische, ökologische und soziale Zielsetzungen vereint.",
                "Auf Basis der umfassenden Strategie der „Zukunftsstadt Bottrop 2030“ für die Stadtgesellschaft werden im Rahmen der Wirtschaftsallianz operative Zielsetzungen für die Stadt als Wirtschaftsstandort mit konkreten Projekten adressiert, die zu ersten messbaren Erfolgen führen. Dies liefert hilfreiche Blaupausen für nachhaltiges und resilientes Wirtschaften und Handeln.",
            ]),
        ]
    )

    /// The goals of Fig. 17 by dimension (in the order of the template headings), with the source
    /// the figure marks them with (*, **, ***; legend in lines 1922–1925).
    private static let goalsTogether: [[(String, Source)]] = [
        [("In der Wirtschaftsallianz begegnen sich die Akteure auf Augenhöhe und die Zusammenarbeit ist geprägt von Transparenz und fairem Miteinander", .participants),
         ("Kooperationen der Akteure sind mit allen relevanten Informationen online verfügbar", .futureCity),
         ("Die Vernetzung mit dem Bottroper Umland ist Realität und die Zukunft wird gemeinsam gemeistert", .futureCity)],
        [("Die Beschäftigtenquote von Frauen und der über 55-Jährigen liegt über dem NRW-Durchschnitt", .sustainabilityNRW),
         ("Die Führungspositionen in den Betrieben Bottrops teilen sich Frauen wie Männer zu gleichen Anteilen", .sustainabilityNRW),
         ("Eine Kombination aus Wohnen und Arbeiten durch neue Wohnmodelle ist an vielen Orten realisiert", .futureCity),
         ("Das verfügbare Haushaltseinkommen entspricht dem NRW-Durchschnitt; die Einkommensunterschiede der Haushalte sind geringer als im NRW-Durchschnitt; Einkommensunterschiede zwischen Mann und Frau sind nicht mehr vorhanden", .sustainabilityNRW),
         ("Betriebliche Gesundheitsförderung, physisch und psychisch hochwertige Arbeitsbedingungen sowie faire Löhne kennzeichnen Bottroper Unternehmen", .sustainabilityNRW),
         ("Flexible Arbeitszeiten und -formen sowie die Vereinbarkeit von Familie / Privatleben und Arbeitsleben / Beruf kennzeichnen Bottroper Unternehmen", .participants)],
        [("Alle Bottroper Bürger/innen haben wohnortnahe Einkaufs- und Versorgungsmöglichkeiten", .futureCity),
         ("Alle Bottroper Bürger/innen haben eine ausreichend breite und spezifische sowie eine räumlich nahe medizinische Versorgung", .futureCity),
         ("Die Innenstadt Bottrops ist unter Mithilfe der Geschäftsinhaber attraktiv und lebenswert gestaltet", .participants),
         ("Die bereits hohe Lebensqualität in Bottrop ist weiter gestiegen und transparent nach außen erlebbar", .participants)],
        [("Die Beschäftigtenquote von Menschen mit Migrationshintergrund liegt über dem NRW-Durchschnitt", .sustainabilityNRW),
         ("Ethnische Ökonomien sind in Bottrop Normalität – auch für die Menschen ohne Migrationshintergrund. Diese Ökonomien tragen substanziell zum Wohlstand Bottrops bei", .participants),
         ("Bildungsteilhabe und Chancengleichheit sowie der Arbeitsmarktzugang für Menschen mit Migrationshintergrund / Menschen mit Behinderungen / sog. Randgruppen unterscheidet sich nicht von denjenigen ohne Migrationshintergrund / Behinderung oder Randgruppen-Zugehörigkeit. Umfassende Inklusion ist Teil des Bottroper Zusammenlebens, das im öffentlichen Leben spürbar ist", .sustainabilityNRW)],
        [("Bottrop leistet seinen Beitrag für eine global nachhaltige Entwicklung und praktiziert nachweislich transparente Wertschöpfungsketten", .sustainabilityNRW),
         ("Bottrop und die Bottroper Unternehmen / Organisationen sind aktiver Teil des „fairen Handels“", .sustainabilityNRW),
         ("Die Wirtschaftsallianz fördert den internationalen Wissens- und Bildungsaustausch", .sustainabilityNRW)],
    ]

    /// Fig. 17 in the report shows only the pillar "Gemeinsam". The goals of the other pillars
    /// are taken from the field-specific goals of Figs. 23–24, which the report says are derived
    /// from the alliance's goals, in their general wording (without the additions for retail or
    /// start-ups). Their source markers are not in the report, so they carry no source tag.
    private static let goalsInnovativeAndSustainable: [(pillar: String, goals: [String])] = [
        ("Innovativ", ["Ausgaben für F&E, betriebliche Produkt- und Verfahrensinnovationen, Patentanmeldungen etc. liegen über dem NRW-Durchschnitt",
         "Die Bottroper Unternehmen nutzen die Potenziale der Hochschule Ruhr-West und kooperieren eng mit der HRW. Gemeinsame Projekte / Initiativen werden transparent kommuniziert",
         "Bottrop ist ein diversifizierter und damit widerstandsfähiger Standort mit vielen klein- und mittelständischen Betrieben",
         "In Bottrop gibt es dezentrale und kleinteilige Produktionswerkstätten"]),
        ("Innovativ", ["In Bottrop gibt es eine ausgewogene und dynamische Balance von Angebot und Nachfrage auf dem Ausbildungsmarkt; neue Berufsbilder entstehen mit dem Wandel der Arbeitswelt",
         "In Bottrop werden in ausreichendem Maße Fachkräfte ausgebildet und weiterqualifiziert, um die Zukunft gestalten zu können. Diese Fachkräfte werden dauerhaft am Standort für Bottroper Unternehmen gehalten"]),
        ("Innovativ", ["Bottrop ist als Forschungs- und Entwicklungsstandort bekannt und zieht Fachkräfte an"]),
        ("Nachhaltig", ["Die Energieverbräuche / die CO2-Emissionen in den Bottroper Unternehmen sinken jährlich um 3 %"]),
        ("Nachhaltig", ["Durch intelligente Flächenkonzepte und die Nutzung ehemaliger Bergbauflächen als zukunftsfähige Gewerbestandorte sinkt die durchschnittliche Neu-Flächeninanspruchnahme pro Jahr um 5 % und wird bis 2040 auf einen Netto-Null-Verbrauch ausgerichtet",
         "Geschlossene Wertstoff- bzw. Energiekreisläufe / regionale Wertschöpfungsketten führen zu einer Reduktion des Ressourcenverbrauchs um 5 % jährlich"]),
        ("Nachhaltig", ["Die „letzte Meile“ der innerstädtischen Logistik zu den Einzelhändlern und End-Kunden wird mit elektrisch betriebenen Fahrzeugen abgewickelt, dabei ist eine starke Vernetzung unabdingbar"]),
    ]

    /// A "Leitbild" heading with the pillars, then the template's dimensions with the goals, each
    /// tagged with its pillar and, where the report gives it, its source.
    private static func addGuidingGoals(to builder: inout Builder) {
        let board = builder.board("Leitbild und Leitziele 2025", .guidingGoals, moderator: 1)
        let leitbildHeading = builder.heading("Leitbild", on: board)
        builder.card(leitbild.preamble, under: leitbildHeading)
        for (pillar, paragraphs) in leitbild.pillars {
            let round = builder.card(pillar, under: leitbildHeading, round: true)
            for paragraph in paragraphs {
                builder.card(paragraph, under: leitbildHeading, in: round)
            }
        }

        let dimensions = builder.templateHeadings(on: board)
        let together = dimensions.prefix(goalsTogether.count)
        let others = dimensions.dropFirst(goalsTogether.count)
        for (heading, goals) in zip(together, goalsTogether) {
            for (goal, source) in goals {
                builder.card(goal, under: heading, tags: ["Gemeinsam", source.rawValue])
            }
        }
        for (heading, (pillar, goals)) in zip(others, goalsInnovativeAndSustainable) {
            for goal in goals {
                builder.card(goal, under: heading, tags: [pillar])
            }
        }
    }

    // MARK: Mind map (Fig. 25)

    /// Fig. 25 branch by branch, in the order of the template headings. Sub-branches of the
    /// figure become round cards; that they were pre-printed (prepared) is assumed. The branch
    /// "regionale" is empty in the figure and stays an empty round card.
    private static func addMindMap(to builder: inout Builder) {
        let board = builder.board("Handlungsfeld Nachhaltige Gründungen", .mindMap, moderator: 1)
        let branches = builder.templateHeadings(on: board)

        let local = builder.card("lokale", under: branches[0], prepared: true, round: true)
        for item in ["zu wenig Gründungen", "Gründungen mit zu wenig innovativen Ansätzen",
                     "Nachhaltigkeit bisher kein zentrales Thema",
                     "vereinzelte innovative, nachhaltige Gründer bzw. Jungunternehmer",
                     "gut funktionierende Vernetzung der Anlaufstellen für Gründer",
                     "Gründerzentrum Prosper III: Zweckbindung endet"] {
            builder.card(item, under: branches[0], in: local)
        }
        builder.card("regionale", under: branches[0], prepared: true, round: true)

        let networks = builder.card("bestehende Netzwerke und Initiativen", under: branches[1], prepared: true, round: true)
        for item in ["Kreativnetzwerk „Made in Bottrop“", "Gründerpreis", "HRW Ideenwettbewerb",
                     "Projekt „StarterCampus“ Emscher-Lippe", "Prosper-Kolleg: Nahtstelle „Zirkuläre Wertschöpfung“"] {
            builder.card(item, under: branches[1], in: networks)
        }
        builder.card("Einzelhandelsinitiativen", under: branches[1])
        let advice = builder.card("parallele Aktivitäten oder Planungen: Beratungen", under: branches[1],
                                  prepared: true, round: true)
        for item in ["Startercenter Bottrop:\nErstinformation, individuelle Beratung / Einzelgespräch, Fortbildung, Fördermittelberatung",
                     "IHK", "HWK", "Agentur für Arbeit", "Transferstelle HRW", "Wirtschaftsprüfer / Steuerberater",
                     "Banken", "Kreativnetzwerk"] {
            builder.card(item, under: branches[1], in: advice)
        }

        let leaves: [[String]] = [
            ["Banken", "WiFö", "Startercenter", "Wirtschaftsprüfer und Steuerberater", "IHK", "HWK",
             "Arbeitsagentur / Jobcenter", "HRW Transferstelle", "FabLab", "Verbände",
             "Unternehmen mit Potenzial zur Unterstützung von Gründern", "Altunternehmer mit Potenzial für Mentoren",
             "Immobilienbesitzer", "Innovative Gründer", "Kreativnetzwerk"],
            ["Start-ups in Leerständen", "Partnerschaften: Gründer und etablierte Unternehmen", "Co-Working",
             "Austausch Gründer untereinander", "Vermarktung bestehender Initiativen", "Business-Angel-Ansatz",
             "Mentoring", "Gründerzentrum"],
            ["hochwertige Arbeitsplätze", "belebte Innenstadt", "Halten der Akademiker", "kreative Gründerszene aufbauen",
             "Steigerung der Diversität der Wirtschaftsstruktur", "Vermarktung des Standorts",
             "Kombination Arbeiten – Wohnen – Leben", "nachhaltige Produkte und Dienstleistungen",
             "nachhaltige Wertschöpfungsketten", "Innovationen", "Nutzung von Brachflächen, Leerständen etc."],
            ["Gründer mit Ambitionen im Bereich Nachhaltigkeit", "junge Menschen", "ältere Menschen – berufliche Aussteiger",
             "Ex-Unternehmer / Privatiers", "Frauen", "Menschen mit Migrationshintergrund", "Menschen mit Behinderungen",
             "Kunden nachhaltiger Produkte und Dienstleistungen", "Berater: Erweiterung des Portfolios",
             "gesellschaftliche Akteure aus dem Non-Profit-Bereich"],
            ["Ab wann sind Gründungen nachhaltig?", "Was ist der gesellschaftliche / nachhaltige Beitrag von Gründungen?"],
        ]
        for (heading, items) in zip(branches.dropFirst(2), leaves) {
            for item in items {
                builder.card(item, under: heading)
            }
        }
    }
}

/// Collects boards, headings and cards with deterministic identifiers ("demo-board-1", …),
/// in the order they are added.
private struct Builder {
    var boards: [Board] = []
    var headings: [Heading] = []
    var cards: [Card] = []

    mutating func board(_ title: String, _ kind: BoardKind, moderator: Int) -> EntityID {
        let id = EntityID("demo-board-\(boards.count + 1)")
        boards.append(Board(id: id, title: title, kind: kind, moderatorID: EntityID("demo-moderator-\(moderator)")))
        return id
    }

    /// The headings a new board of its kind starts with, as the board commands create them.
    mutating func templateHeadings(on board: EntityID) -> [EntityID] {
        let kind = boards.first { $0.id == board }!.kind
        return kind.templateHeadings.map { heading($0, on: board, fixed: kind.hasFixedHeadings) }
    }

    mutating func heading(_ title: String, on board: EntityID, fixed: Bool = false) -> EntityID {
        let id = EntityID("demo-heading-\(headings.count + 1)")
        headings.append(Heading(id: id, boardID: board, title: title, isFixed: fixed))
        return id
    }

    /// Adds a card at the end of `heading`; `round` makes it a round card, `cluster` groups it
    /// under one.
    @discardableResult
    mutating func card(_ text: String, under heading: EntityID, tags: [String] = [], prepared: Bool = false,
                       round: Bool = false, in cluster: EntityID? = nil) -> EntityID {
        let id = EntityID("demo-card-\(cards.count + 1)")
        let boardID = headings.first { $0.id == heading }!.boardID
        cards.append(Card(id: id, boardID: boardID, headingID: heading, text: text, tags: tags,
                          isPrepared: prepared, isCluster: round, clusterID: cluster))
        return id
    }

    mutating func link(_ card: EntityID, to targets: [EntityID]) {
        cards[cards.firstIndex { $0.id == card }!].links = targets
    }
}
