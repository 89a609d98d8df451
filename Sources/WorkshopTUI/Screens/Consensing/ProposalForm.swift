import WorkshopModel

/// The form that adds a proposal to a round or renames one (the passive solution too).
enum ProposalForm {
    static func make(_ app: App, round: ConsensingRound, proposal: Proposal?) -> FormOverlay {
        let language = app.language
        let draftKey: DraftKey = proposal.map { .form("proposal.edit", of: "\(round.id)/\($0.id)") } ?? .form("proposal.add", of: round.id)
        return FormOverlay(title: (proposal == nil ? UIText.keyAddProposal : UIText.keyEditProposal).text(language), draftKey: draftKey,
                           fields: [
            .text(UIText.fieldProposalTitle.text(language), proposal?.title ?? "", limit: TextFieldKind.proposalTitle.limit),
            .text(UIText.fieldProposalDescription.text(language), proposal?.description ?? "", lines: 3,
                  limit: TextFieldKind.proposalDescription.limit),
        ]) { values, app in
            let command: ConsensingCommand = if let proposal {
                .renameProposal(roundID: round.id, proposalID: proposal.id, title: values[0], description: values[1])
            } else {
                .addProposal(roundID: round.id, title: values[0], description: values[1])
            }
            return app.trySave(.consensing(command), name: values[0])
        }
    }
}
