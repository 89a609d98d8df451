extension QuickDecision {
    /// The result in words, as the room hears it and the protocol records it: adopted,
    /// rejected or a tie for a show of hands, the leading options of a dot voting or a
    /// positioning; `nil` while nothing is counted and for a signature list.
    public func outcome(_ language: Language) -> String? {
        switch kind {
        case .showOfHands:
            guard let adopted = isAdopted else { return total > 0 ? UIText.quickTie.text(language) : nil }
            return (adopted ? UIText.quickAdopted : UIText.quickRejected).text(language)
        case .dotVoting, .positioning:
            let leading = leadingOptions
            guard total > 0, !leading.isEmpty else { return nil }
            return UIText.quickLeading.format(language, leading.map { optionLabel($0, language) }.joined(separator: ", "))
        case .signatures:
            return nil
        }
    }
}

extension QuickDecision {
    /// The count of option `index` (0 when there is none).
    public func count(_ index: Int) -> Int {
        counts.indices.contains(index) ? counts[index] : 0
    }
}
