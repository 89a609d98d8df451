/// Draws a ``BarChart`` as inline SVG: per bar its label above it, the bar on a scale from
/// 0 to 100 with grid lines at every quarter, and the value at the end of the bar.
enum BarChartSVG {
    private static let width = 640.0, scaleWidth = 540.0
    private static let rowHeight = 40.0, barHeight = 14.0, top = 6.0
    /// Longer labels are shortened in the drawing; the table beside it has them in full.
    private static let labelLimit = 80

    static func render(_ chart: BarChart) -> String {
        let n = MatrixSVG.n
        let plotHeight = Double(chart.bars.count) * rowHeight
        let height = top + plotHeight + 22
        var svg = "<svg class=\"bars\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\">\n"
        for quarter in 0...4 {
            let x = scaleWidth * Double(quarter) / 4
            svg += "<line class=\"grid\" x1=\"\(n(x + 0.5))\" y1=\"\(n(top))\" x2=\"\(n(x + 0.5))\" y2=\"\(n(top + plotHeight))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(x + 0.5))\" y=\"\(n(height - 6))\" text-anchor=\"\(quarter == 0 ? "start" : quarter == 4 ? "end" : "middle")\">\(quarter * 25) %</text>\n"
        }
        for (index, bar) in chart.bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let length = scaleWidth * min(max(bar.value, 0), 100) / 100
            var label = ProtocolEscaping.clean(bar.label).replacingOccurrences(of: "\n", with: " ")
            if label.count > labelLimit { label = String(label.prefix(labelLimit - 1)) + "…" }
            svg += "<g class=\"bar \(style(bar.style))\">"
                + "<text class=\"label\" x=\"1\" y=\"\(n(y + 13))\">" + ProtocolEscaping.html(label, lineBreaks: false) + "</text>"
                + "<rect x=\"1\" y=\"\(n(y + 18))\" width=\"\(n(max(length, 1)))\" height=\"\(n(barHeight))\"/>"
                + "<text class=\"value\" x=\"\(n(length + 8))\" y=\"\(n(y + 29))\">"
                + ProtocolEscaping.html(bar.valueText, lineBreaks: false) + "</text></g>\n"
        }
        return svg + "</svg>"
    }

    private static func style(_ style: BarChart.Bar.Style) -> String {
        switch style {
        case .normal: "normal"
        case .highlighted: "highlighted"
        case .reference: "reference"
        case .muted: "muted"
        }
    }
}
