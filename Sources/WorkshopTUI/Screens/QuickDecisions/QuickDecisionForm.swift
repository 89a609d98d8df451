import WorkshopModel

/// The form that sets up a quick decision. Fields that do not belong to the chosen kind are
/// ignored: options, dots and stacking for dot voting; poles and segments for positioning.
enum QuickDecisionForm {
    static func make(_ app: App) -> FormOverlay {
        let language = app.language
        let kinds = QuickDecisionKind.allCases
        return FormOverlay(title: UIText.keyNewQuick.text(language), draftKey: .form("quick.add"), fields: [
            .choice(UIText.fieldKind.text(language), options: kinds.map { $0.label(language) }, selected: 0),
            .text(UIText.fieldDecisionTitle.text(language), limit: TextFieldKind.decisionTitle.limit),
            .text(UIText.fieldOptions.text(language)),
            .text(UIText.fieldDotsPerPerson.text(language), "3"),
            .choice(UIText.fieldStacking.text(language), options: [UIText.yes.text(language), UIText.no.text(language)], selected: 0),
            .text(UIText.fieldPoles.text(language)),
            .text(UIText.fieldSegments.text(language), "5"),
        ]) { values, app in
            let kind = kinds[Int(values[0]) ?? 0]
            let number = { (text: String) in Int(text.trimmingCharacters(in: .whitespaces)) }
            let command: QuickDecisionCommand
            switch kind {
            case .showOfHands:
                command = .addShowOfHands(title: values[1])
            case .dotVoting:
                guard let dots = number(values[3]) else { return UIText.errorNotANumber.format(app.language, values[3]) }
                command = .addDotVoting(title: values[1], options: values[2].split(separator: ",").map(String.init),
                                        dotsPerPerson: dots, stackingAllowed: values[4] == "0")
            case .positioning:
                guard let segments = number(values[6]) else { return UIText.errorNotANumber.format(app.language, values[6]) }
                let poles = values[5].split(separator: ",", maxSplits: 1).map(String.init)
                command = .addPositioning(title: values[1], poleA: poles.first ?? "", poleB: poles.count > 1 ? poles[1] : "",
                                          segments: segments)
            case .signatures:
                command = .addSignatureList(document: values[1])
            }
            return app.trySave(.quick(command), name: values[1])
        }
    }
}
