import WorkshopModel

/// One quick decision with its counts as bars (hands, dots, segments of the room) or its
/// signatures, and what the result is.
struct QuickDecisionView {
    let decision: QuickDecision
    let selectedOption: Int
    let language: Language

    func render(into canvas: inout Canvas, rect: Rect) {
        canvas.drawFrame(rect, title: decision.kind.label(language), style: .frame)
        let inner = rect.inset(by: 1)
        var y = inner.y
        for line in TextWrapper.wrap(decision.title, width: inner.width - 2).prefix(2) {
            canvas.draw(" " + line, x: inner.x, y: y, style: .heading)
            y += 1
        }
        // Wrapped, so "recorded" at the end stays visible in a narrow pane.
        for line in TextWrapper.wrap(facts, width: inner.width - 2) {
            canvas.draw(" " + line, x: inner.x, y: y, style: .secondary, maxWidth: inner.width - 1)
            y += 1
        }
        y += 1
        if decision.kind == .signatures {
            for (index, name) in decision.signatures.enumerated() where y < inner.maxY {
                canvas.draw(" \(index + 1). " + name, x: inner.x, y: y, style: index == selectedOption ? .selection : .normal,
                            maxWidth: inner.width - 1)
                y += 1
            }
            return
        }
        let labels = decision.options.indices.map { decision.optionLabel($0, language) }
        let labelWidth = min((labels.map { DisplayWidth.of($0) }.max() ?? 4) + 2, inner.width / 2)
        let maximum = max(decision.counts.max() ?? 1, 1)
        let barWidth = max(inner.width - labelWidth - 8, 2)
        let leading = Set(decision.leadingOptions)
        // A blank row between the bars when every option and the outcome still fit.
        let spacing = decision.kind != .positioning && inner.maxY - y >= labels.count * 2 + 2 ? 2 : 1
        for (index, label) in labels.enumerated() where y < inner.maxY {
            let count = decision.counts.indices.contains(index) ? decision.counts[index] : 0
            let style: Style = index == selectedOption ? .selection : leading.contains(index) && count > 0 ? .success : .normal
            canvas.draw(" " + label.truncated(toWidth: labelWidth - 1), x: inner.x, y: y, style: style)
            let length = Int((Double(count) / Double(maximum) * Double(barWidth)).rounded())
            canvas.draw(String(repeating: "█", count: length) + " \(count)", x: inner.x + labelWidth + 1, y: y, style: style)
            y += spacing
        }
        if let outcome, y < inner.maxY {
            canvas.draw(" " + outcome, x: inner.x, y: min(y + 1, inner.maxY - 1), style: .heading, maxWidth: inner.width - 1)
        }
    }

    /// Total, rules and whether the result is recorded.
    private var facts: String {
        var parts = [UIText.quickTotal.format(language, decision.total)]
        if decision.kind == .dotVoting {
            parts.append(UIText.quickDots.format(language, decision.dotsPerPerson))
            parts.append((decision.stackingAllowed ? UIText.quickStacking : UIText.quickNoStacking).text(language))
        }
        if decision.kind == .positioning, decision.poles.count == 2 {
            parts.append(decision.poles[0] + " ↔ " + decision.poles[1])
        }
        parts.append(decision.recordedAt == nil ? UIText.quickOpen.text(language) : UIText.quickRecordedShort.text(language))
        return parts.joined(separator: " · ")
    }

    private var outcome: String? { decision.outcome(language) }
}
