extension TextFieldKind {
    /// The field's name in the UI language.
    public func label(_ language: Language) -> String {
        switch self {
        case .workshopTitle: UIText.fieldTitle.text(language)
        case .date: UIText.fieldDate.text(language)
        case .place: UIText.fieldPlace.text(language)
        case .personName: UIText.fieldName.text(language)
        case .organisation: UIText.fieldOrganisation.text(language)
        case .agendaTitle: UIText.fieldAgendaTitle.text(language)
        case .boardTitle: UIText.fieldBoardTitle.text(language)
        case .headingTitle: UIText.fieldHeading.text(language)
        case .cardText: UIText.fieldCardText.text(language)
        case .cardAuthor: UIText.fieldCardAuthor.text(language)
        case .tag: UIText.fieldTag.text(language)
        case .question: UIText.fieldQuestion.text(language)
        case .proposalTitle: UIText.fieldProposalTitle.text(language)
        case .proposalDescription: UIText.fieldProposalDescription.text(language)
        case .raterName: UIText.fieldRaterName.text(language)
        case .decisionTitle: UIText.fieldDecisionTitle.text(language)
        case .optionLabel: UIText.fieldOptionLabel.text(language)
        case .matrixTitle: UIText.fieldMatrixTitle.text(language)
        case .axisName: UIText.fieldAxisName.text(language)
        case .axisPole: UIText.fieldAxisPole.text(language)
        case .topicLabel: UIText.fieldTopic.text(language)
        case .quadrantName: UIText.fieldQuadrantName.text(language)
        case .profileTitle: UIText.fieldProfileTitle.text(language)
        case .profileField: UIText.fieldProfileField.text(language)
        case .profileNote: UIText.fieldProfileNote.text(language)
        case .templateName: UIText.fieldTemplateName.text(language)
        case .fieldName: UIText.fieldFieldName.text(language)
        case .fieldHint: UIText.fieldFieldHint.text(language)
        case .criterionName: UIText.fieldCriterion.text(language)
        case .levelLabel: UIText.fieldLevel.text(language)
        }
    }
}

extension PersonList {
    /// The list's name in the UI language.
    public func label(_ language: Language) -> String {
        switch self {
        case .participants: UIText.participants.text(language)
        case .moderators: UIText.moderators.text(language)
        }
    }
}

extension InstrumentKind {
    /// The instrument's name in the UI language.
    public func label(_ language: Language) -> String {
        switch self {
        case .plenary: UIText.kindPlenary.text(language)
        case .themeTables: UIText.kindThemeTables.text(language)
        case .swot: UIText.kindSwot.text(language)
        case .guidingGoals: UIText.kindGuidingGoals.text(language)
        case .materiality: UIText.kindMateriality.text(language)
        case .profileForms: UIText.kindProfileForms.text(language)
        case .consensing: UIText.kindConsensing.text(language)
        case .pause: UIText.kindPause.text(language)
        }
    }
}

extension BoardKind {
    /// The kind's name in the UI language.
    public func label(_ language: Language) -> String {
        switch self {
        case .themeTable: UIText.boardKindThemeTable.text(language)
        case .swot: UIText.kindSwot.text(language)
        case .mindMap: UIText.boardKindMindMap.text(language)
        case .strategyCards: UIText.boardKindStrategyCards.text(language)
        case .guidingGoals: UIText.kindGuidingGoals.text(language)
        }
    }
}

extension RoundStatus {
    /// The status in the UI language.
    public func label(_ language: Language) -> String {
        switch self {
        case .collecting: UIText.statusCollecting.text(language)
        case .revealed: UIText.statusRevealed.text(language)
        case .closed: UIText.statusClosed.text(language)
        }
    }
}

extension MissingRatingRule {
    /// The rule as the room reads it next to the result.
    public func label(_ language: Language) -> String {
        switch self {
        case .leaveOut: UIText.ruleLeaveOut.text(language)
        case .countAsMaximum: UIText.ruleCountAsMaximum.text(language)
        case .countAsMidpoint: UIText.ruleCountAsMidpoint.text(language)
        }
    }
}

extension QuickDecisionKind {
    /// The kind's name in the UI language.
    public func label(_ language: Language) -> String {
        switch self {
        case .showOfHands: UIText.quickKindShowOfHands.text(language)
        case .dotVoting: UIText.quickKindDotVoting.text(language)
        case .positioning: UIText.quickKindPositioning.text(language)
        case .signatures: UIText.quickKindSignatures.text(language)
        }
    }
}

extension QuickDecision {
    /// The name of option `index` in the UI language: "For"/"Against"/"Abstain" for a show of
    /// hands, the stored label otherwise, the segment number (from 1) for an unnamed segment.
    public func optionLabel(_ index: Int, _ language: Language) -> String {
        if kind == .showOfHands, options == QuickDecision.showOfHandsOptions {
            switch index {
            case 0: return UIText.quickHandsFor.text(language)
            case 1: return UIText.quickHandsAgainst.text(language)
            case 2: return UIText.quickHandsAbstain.text(language)
            default: break
            }
        }
        guard options.indices.contains(index), !options[index].isEmpty else {
            return UIText.quickSegment.format(language, index + 1)
        }
        return options[index]
    }
}

extension MatrixAxisKind {
    /// The axis as a phrase: "waagrechte Achse (x)", "senkrechte Achse (y)".
    public func label(_ language: Language) -> String {
        switch self {
        case .x: UIText.axisHorizontal.text(language)
        case .y: UIText.axisVertical.text(language)
        }
    }
}

extension ComparisonAnswer {
    /// The answer as the room says it: "mehr", "weniger", "etwa gleich".
    public func label(_ language: Language) -> String {
        switch self {
        case .more: UIText.comparisonAnswerMore.text(language)
        case .less: UIText.comparisonAnswerLess.text(language)
        case .equal: UIText.comparisonAnswerEqual.text(language)
        }
    }
}
