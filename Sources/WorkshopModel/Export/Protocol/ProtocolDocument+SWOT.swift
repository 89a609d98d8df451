extension ProtocolDocument {
    /// The SWOT boards: the four fields side by side where the format allows it.
    static func swotSection(_ workshop: Workshop, _ language: Language) -> ProtocolSection? {
        let boards = workshop.boards.filter { $0.kind == .swot }
        guard !boards.isEmpty else { return nil }
        return ProtocolSection(title: UIText.kindSwot.text(language),
                               subsections: boards.map { boardSection($0, in: workshop, language, layout: .grid) })
    }
}
