import WorkshopModel

/// The form that sets up a consensing round: the question, the proposals (one per line,
/// "Title: description"), the raters (a number, names separated by commas – Tab completes
/// them from the participants and moderators – or `*` for the workshop's participants), the scale,
/// how many proposals are chosen, and the rule for missing values.
enum RoundForm {
    static let scales = ConsensingRound.allowedScales

    static func make(_ app: App) -> FormOverlay {
        let language = app.language
        return FormOverlay(title: UIText.keyNewRound.text(language), draftKey: .form("round.add"), fields: [
            .text(UIText.fieldQuestion.text(language), limit: TextFieldKind.question.limit),
            .text(UIText.fieldProposals.text(language), lines: 4),
            .text(UIText.fieldRaters.text(language), "12", completion: .people(of: app.workshop, separator: ",")),
            .choice(UIText.fieldScale.text(language), options: scales.map { "0–\($0)" }, selected: 0),
            .text(UIText.fieldChooseCount.text(language), "1"),
            .choice(UIText.fieldMissingRule.text(language), options: MissingRatingRule.allCases.map { $0.label(language) },
                    selected: 0),
        ]) { values, app in
            let proposals = values[1].split(separator: "\n").map { line -> ProposalDraft in
                let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                return ProposalDraft(title: parts[0], description: parts.count > 1 ? parts[1] : "")
            }
            let raterText = values[2].trimmingCharacters(in: .whitespaces)
            let raters: [String] = if let count = Int(raterText) {
                Array(repeating: "", count: min(max(count, 0), 500))
            } else if raterText == "*" {
                app.workshop.participants.map(\.name)
            } else {
                raterText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            guard let chooseCount = Int(values[4].trimmingCharacters(in: .whitespaces)) else {
                return UIText.errorNotANumber.format(app.language, TextSanitizer.clean(values[4], multiline: false))
            }
            let command = ConsensingCommand.addRound(
                question: values[0], proposals: proposals, raterNames: raters,
                scaleMaximum: scales[Int(values[3]) ?? 0], chooseCount: chooseCount,
                missingRule: MissingRatingRule.allCases[Int(values[5]) ?? 0])
            return app.trySave(.consensing(command), name: values[0])
        }
    }
}
