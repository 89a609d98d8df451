/// The demo's profile forms: the project-idea catalog of the source report (appendix Table 2:
/// 24 ideas with short description, funnel and moderators) and the four real-world labs the
/// alliance commissioned at its fourth meeting (§4.1.4).
///
/// Table 2 gives title, short description, funnel and the two moderators of each idea; the
/// other fields of the project-idea profile stay empty (the report does not give them). For
/// the four labs the report gives only the titles; their field texts, moderators and ratings
/// are illustrative and marked as such (``Profile/illustrativeFieldIDs``).
enum DemoProfiles {
    /// The moderators Table 2 names, added to the demo's moderator list.
    static let moderators: [Person] = [
        "Hr. Miller", "Fr. Sturm", "Fr. Kreipe", "Fr. Schimmang", "Hr. Kim", "Hr. Gieselmann", "Hr. Paluch",
        "Fr. Lupprian",
    ].enumerated().map { index, name in
        Person(id: EntityID("demo-catalog-moderator-\(index + 1)"), name: name,
               organisation: "Moderation der Projektideen (Tabelle 2)")
    }

    static let profiles: [Profile] = ideas.enumerated().map { index, idea in
        Profile(id: EntityID("demo-profile-\(index + 1)"), templateID: ProfileTemplate.projectIdea.id,
                number: index + 1, title: idea.title, values: ["description": idea.summary],
                funnel: Funnel(parsing: idea.funnel) ?? .unsorted, moderatorIDs: ids(idea.moderators))
    } + realLabs.enumerated().map { index, lab in
        Profile(id: EntityID("demo-real-lab-\(index + 1)"), templateID: ProfileTemplate.realLab.id,
                number: ideas.count + index + 1, title: lab.title, values: lab.values, funnel: Funnel(.realLab),
                moderatorIDs: ids(lab.moderators), assessment: lab.assessment,
                illustrativeFieldIDs: Array(lab.values.keys).sorted() + ["moderators", "assessment"])
    }

    private static func ids(_ names: [String]) -> [EntityID] {
        names.compactMap { name in moderators.first { $0.name == name }?.id }
    }

    private struct Idea {
        let title: String
        let summary: String
        let funnel: String
        let moderators: [String]
    }

    private struct RealLab {
        let title: String
        let values: [String: String]
        let moderators: [String]
        let assessment: [String: Int]
    }

    // Appendix Table 2, with the report's line-end hyphenation joined and two typos fixed
    // ("sopll" → "soll", "Mirco" → "Mikro").
    private static let ideas: [Idea] = [
        Idea(title: "Elektromobiler City-Hub",
             summary: "Einrichtung eines „Cityhub Bottrop“, eines Warenumschlagpunktes für eine optimierte gebündelte Anlieferung in die Stadt. Der Cityhub ist eine logistische Plattform, die kooperativ oder durch einen Logistikdienstleister betrieben werden kann und durch weitere logistische Services wie z. B. Lager- und Depotservices aufgewertet wird. Dabei werden die Verwendung umweltfreundlicher Fahrzeuge und der Einsatz von Elektromobilität für LKW berücksichtigt.",
             funnel: "EP", moderators: ["Hr. Miller", "Fr. Sturm"]),
        Idea(title: "WLAN in der Innenstadt",
             summary: "Konzeption und Umsetzung eines freien WLAN in der Innenstadt, das auch für strategische Werbung Bottroper Einzelhändler genutzt werden kann. Ebenso können statistische Auswertungen für Einzelhändler gefahren werden.",
             funnel: "OK/RL", moderators: ["Fr. Kreipe", "Fr. Schimmang"]),
        Idea(title: "Hybride Formen des Einzelhandels – „Die Bottrop-Plattform“",
             summary: "Neue und bedarfsgerechte Formen von stationärem Handel und Online-Handel gekoppelt mit innovativen Logistiklösungen (z. B. gemeinsame Online-Plattform, gekoppelt mit Hol- und Bringservice). So können auch Personen, die in ihrer Mobilität oder in ihren Zeitbudgets eingeschränkt sind, bei Bottroper Händlern einkaufen.",
             funnel: "RL", moderators: ["Fr. Schimmang", "Fr. Kreipe"]),
        Idea(title: "Einzelhandel Bottrop – „Die Bottrop Card“",
             summary: "Die Bottrop Card kann die Online-Plattform ergänzen: Mit Hilfe der Bottrop Card soll der Einkauf in Bottrop (Innenstadt und Stadtteile) angeregt werden. Vorteile zu besonderen Anlässen, Treuepunkte, Preise etc. Vorteile für den Einzelhandel sind: Kundenbindung, Werbung, kombinierte Angebote mit anderen Händlern, evtl. Einsatz als Zahlungsmittel.",
             funnel: "EP/RL", moderators: ["Fr. Schimmang", "Fr. Kreipe"]),
        Idea(title: "Freizeit- und Aufenthaltsqualität in der Innenstadt verbessern",
             summary: "Ideenwettbewerb für Straßen und Plätze, um die Freizeit- und Aufenthaltsqualität der Innenstadt zu verbessern. Bspw. durch mobiles Grün oder durch einen Schaufensterwettbewerb der Geschäfte (besonders: Berliner Platz).",
             funnel: "EP", moderators: ["Fr. Schimmang", "Fr. Kreipe"]),
        Idea(title: "Nachhaltige Transportdienstleistungen aus der Innenstadt",
             summary: "System von E-Cargo-Bikes als Transportfahrzeuge, die über eine App gebucht/reserviert werden können, um Waren von der Innenstadt nach Hause transportieren zu lassen.",
             funnel: "EP", moderators: ["Fr. Kreipe", "Hr. Kim"]),
        Idea(title: "Gastgeberverzeichnis",
             summary: "Entwicklung eines Gastgeberverzeichnisses aller Anbieter von Hotels, Pensionen und Ferienwohnungen in Bottrop (online und offline), das dazu dient, die Aufenthaltsdauer in Bottrop zu erhöhen.",
             funnel: "EP", moderators: ["Hr. Gieselmann", "Fr. Kreipe"]),
        Idea(title: "Nachhaltige Mobilität zu den großen Freizeitdestinationen",
             summary: "Entwicklung nachhaltiger Mobilitätskonzepte, inkl. einer einheitlichen und übersichtlichen Beschilderung.",
             funnel: "EP", moderators: ["Hr. Gieselmann", "Fr. Kreipe"]),
        Idea(title: "Markenentwicklung für Bottrop",
             summary: "Erarbeitung eines umsetzungsorientierten Konzepts zur Markenentwicklung, Positionierung und Vermarktung Bottrops (Leitbild) im regionalen und bundesweiten Markt.",
             funnel: "RL?", moderators: ["Fr. Sturm", "Fr. Kreipe"]),
        Idea(title: "Coaching / Anwenderinfo zum Thema Digitalisierung",
             summary: "Informations- und Aufklärungsveranstaltungen zum Thema Digitalisierung, um Hemmschwellen und Hürden abzubauen. Einrichtung eines Showrooms zur anwendernahen Demonstration von Vorteilen und Chancen.",
             funnel: "OK", moderators: ["Hr. Miller", "Hr. Paluch"]),
        Idea(title: "Gemeinsames Bottroper Fachkräfteportal / Ausschreibungs- und Informationsplattform für Bottroper Unternehmen",
             summary: "Gemeinsames Fachkräfteportal, das zur Fachkräftesicherung beiträgt. Zugleich soll hierbei auch für offene und attraktive Ausbildungsplätze geworben werden. Berücksichtigung des Bedarfs an saisonalen Arbeitskräften. Informations- und Ausschreibungsplattform: „Ich benötige/suche/biete … an“. „Problem der Woche“ – Wer hat die Lösung?",
             funnel: "EP", moderators: ["Fr. Kreipe", "Fr. Lupprian"]),
        Idea(title: "Projektplattform zwischen Unternehmen und Hochschule (starke Partnerschaften)",
             summary: "Kooperatives „Intranet“ für alle Bottroper Unternehmen und Bildungsträger, das zu einem direkten, unkomplizierten Austausch führen soll.",
             funnel: "OK", moderators: ["Hr. Kim", "Fr. Lupprian"]),
        Idea(title: "Allianz/Verbund von Ausbildungsbetrieben",
             summary: "Entwicklung neuer Konzepte zur Ausbildung im Verbund und zur gemeinsamen Bewerbung von Ausbildungsberufen, inkl. Integration von Studienabbrechern.",
             funnel: "EP", moderators: ["Hr. Kim", "Fr. Sturm"]),
        Idea(title: "„Debütantinnenball“ – Netzwerkveranstaltung",
             summary: "Sommerfest für alle Bottroper Unternehmen, auf dem sich neue Unternehmen am Standort präsentieren und vernetzen können.",
             funnel: "OK", moderators: ["Hr. Paluch", "Fr. Lupprian"]),
        Idea(title: "Kultur der Selbstständigkeit in die Berufsschulen bringen",
             summary: "Zentrale Anlaufstelle für alle Schulen mit Infobroschüren zum Thema Unternehmensgründung und Selbstständigkeit.",
             funnel: "OK", moderators: ["Hr. Miller", "Hr. Paluch"]),
        Idea(title: "Co-Working",
             summary: "Leerstehende Büroflächen und kleine Büroeinheiten zur Untervermietung (stündlich/täglich) an Einzelunternehmer/Gründer mit entsprechenden Gemeinschaftsräumen zur Vernetzung.",
             funnel: "EP", moderators: ["Hr. Miller", "Fr. Sturm"]),
        Idea(title: "Patenschaften/Partnerschaften für Gründer mit bestehenden Unternehmen (neue kooperative Geschäftsmodelle)",
             summary: "Mittelständler und Gründer vernetzen sich. Plakat-Aktion „Gründen in Bottrop“ gemeinsam im Tandem. Dadurch sollen Gründer in der Öffentlichkeit sichtbar gemacht werden.",
             funnel: "EP", moderators: ["Fr. Lupprian", "Hr. Miller"]),
        Idea(title: "Bottroper Gründer Fonds – Jede Idee zählt",
             summary: "Aufbau und Betrieb einer Crowdfunding-Plattform für gute Ideen aus Bottrop gemeinsam mit Banken, lokalen Stiftungen und der Bottroper Bürgerschaft zur Förderung von guten Ideen vor Ort. Ein solches lokales Mikro-Finanzierungssystem soll allen offenstehen und einen Anschub geben.",
             funnel: "OK", moderators: ["Fr. Lupprian", "Fr. Sturm"]),
        Idea(title: "Ideen Garage Bottrop – Vom Hinterhof zur Produktion",
             summary: "Aufbau eines geodatenbasierten Atlas von möglichen kleinen Betriebseinheiten in Bottrop (z. B. in Hinterhöfen), die für eine kleinteilige und emissionsarme Entwicklung und Produktion genutzt werden können. So kann trotz eines geringen Angebots an verfügbaren Gewerbeflächen insbesondere innovatives und junges Gewerbe angesprochen werden. Der Atlas soll auch als Vermittlungsplattform dienen. Ziel ist es, ungenutzte Flächen zu nutzen sowie Wohn- und Gewerbenutzung eng miteinander zu verknüpfen.",
             funnel: "EP", moderators: ["Hr. Paluch", "Hr. Miller"]),
        Idea(title: "Flexible Arbeitszeitmodelle",
             summary: "Ob aufgrund von Kinderbetreuung, Pflege oder ehrenamtlichen Tätigkeiten: Immer mehr Arbeitnehmer wünschen sich orts- und zeitunabhängigere Arbeitszeitmodelle. In einem Bottroper Modell sollen Arbeitgeber gemeinsam neue Modelle erdenken und umsetzen. Dabei sollen auch mobile Arbeitsmittel zum Einsatz kommen. Eine Flexibilisierung von Arbeitszeiten gekoppelt mit moderner Technik ist auch eine wichtige Voraussetzung, junge, kreative Mitarbeiter zu gewinnen.",
             funnel: "OK", moderators: ["Hr. Kim", "Fr. Kreipe"]),
        Idea(title: "Hochschule im Park",
             summary: "Die Hochschule bietet über den Sommer ein offenes Programm im Stadtgarten an, das sich an Schülerinnen und Schüler sowie Erwachsene richtet. Dabei wird der Freiraum zum Lern- und Experimentierraum.",
             funnel: "EP", moderators: ["Fr. Sturm", "Hr. Gieselmann"]),
        Idea(title: "Koordinierungsstelle bürgerschaftliches Engagement",
             summary: "Aufbau und Einrichtung einer Koordinierungsstelle für bürgerschaftliches Engagement in Bottrop. Aufgabe der Stelle soll sein, die verschiedenen Angebote von Vereinen und Einrichtungen sichtbar zu machen, sowie die Vermittlung von Interessierten, die Beratung und Information über das Ehrenamt im Allgemeinen sowie die Organisation themenspezifischer Seminare. Unternehmen sollen sensibilisiert werden, Mitarbeiter für ehrenamtliches Engagement freizustellen.",
             funnel: "OK", moderators: ["Fr. Sturm", "Hr. Kim"]),
        Idea(title: "Unternehmensnachfolge: Portal und Patenschaften",
             summary: "Frühe Sensibilisierung zum Thema Unternehmensnachfolge durch Infoveranstaltungen; niederschwellige Beratung über ein Patenschaftsprogramm von ehemaligen Selbstständigen, die ihr Unternehmen bereits erfolgreich übergeben haben.",
             funnel: "EP", moderators: ["Hr. Miller", "Hr. Paluch"]),
        Idea(title: "Kooperative Produktion im Handwerk",
             summary: "Schaffung von innovativen und kooperativen Produktionsformen im Handwerk zusammen mit der Hochschule Ruhr West. Hierbei sollen insbesondere innovative Produktionsformen wie z. B. 3-D-Druck für die praktische Anwendung im Handwerk erprobt werden. Einrichtung gemeinsamer digitaler Produktionsstätten.",
             funnel: "RL", moderators: ["Fr. Lupprian", "Fr. Sturm"]),
    ]

    // §4.1.4 names the four commissioned labs; every text below is illustrative.
    private static let realLabs: [RealLab] = [
        RealLab(title: "City-Logistik unter Nachhaltigkeitsgesichtspunkten",
                values: [
                    "mandate": "Lieferverkehr in die Innenstadt bündeln und emissionsarm gestalten: ein gemeinsamer Umschlagpunkt, die „letzte Meile“ mit E-Lastenrädern.",
                    "research": "Welche Bündelungsquote erreichen Händler und Logistiker gemeinsam, und wie verändern sich Fahrten und Emissionen in der Innenstadt?",
                    "transdisciplinarity": "Einzelhandel, Logistikdienstleister, Stadtverwaltung und Hochschule planen, betreiben und werten gemeinsam aus.",
                    "timeline": "Planung 6 Monate, Erprobung 12 Monate, Auswertung 3 Monate.",
                    "targetState": "Weniger Lieferfahrten in der Fußgängerzone; Händler nutzen den Hub dauerhaft.",
                ],
                moderators: ["Hr. Miller", "Fr. Sturm"],
                assessment: ["together": 2, "innovative": 1, "sustainable": 2, "feasibility": 1, "resources": 2]),
        RealLab(title: "Hybride Formen des Handels",
                values: [
                    "mandate": "Stationären und Online-Handel in der Innenstadt verbinden: eine gemeinsame Plattform mit Hol- und Bringservice.",
                    "research": "Welche hybriden Angebote nehmen Kundinnen und Kunden an, und was brauchen kleine Geschäfte, um mitzumachen?",
                    "transdisciplinarity": "Händlergemeinschaft, Stadtmarketing, IHK und Hochschule.",
                    "timeline": "Start mit zehn Geschäften, nach einem Jahr Ausweitung auf die Stadtteile.",
                    "targetState": "Die Plattform trägt sich selbst; mehr Einkäufe bleiben in Bottrop.",
                ],
                moderators: ["Fr. Schimmang", "Fr. Kreipe"],
                assessment: ["together": 2, "innovative": 2, "sustainable": 1, "feasibility": 1, "resources": 1]),
        RealLab(title: "Bottroper Unternehmen wirtschaften nachhaltig",
                values: [
                    "mandate": "Unternehmen erproben gemeinsam nachhaltiges Wirtschaften und machen es sichtbar.",
                    "research": "Welche Maßnahmen sparen Ressourcen, und wie lassen sie sich zwischen Betrieben übertragen?",
                    "transdisciplinarity": "Betriebe aus Handel, Handwerk und Industrie, Energieberatung, Hochschule.",
                    "timeline": "Zwei Jahre, halbjährliche Zwischenstände in der Allianz.",
                    "targetState": "Ein Netzwerk von Betrieben mit messbar geringerem Verbrauch.",
                ],
                moderators: ["Fr. Sturm", "Hr. Kim"],
                assessment: ["together": 2, "innovative": 1, "sustainable": 2, "feasibility": 2, "resources": 1]),
        RealLab(title: "Digitale Koproduktion im Handwerk",
                values: [
                    "mandate": "Handwerksbetriebe produzieren digital vernetzt, gemeinsam mit der Hochschule Ruhr West (z. B. 3-D-Druck).",
                    "research": "Welche digitalen Fertigungsschritte lohnen sich für kleine Betriebe, wenn sie Geräte und Wissen teilen?",
                    "transdisciplinarity": "Kreishandwerkerschaft, Betriebe, FabLab, Hochschule Ruhr West.",
                    "timeline": "Aufbau einer gemeinsamen Werkstatt in 9 Monaten, danach Erprobung an Kundenaufträgen.",
                    "targetState": "Gemeinsame digitale Produktionsstätte, die Betriebe regelmäßig buchen.",
                ],
                moderators: ["Fr. Lupprian", "Fr. Sturm"],
                assessment: ["together": 2, "innovative": 2, "sustainable": 1, "feasibility": 1, "resources": 2]),
    ]
}
