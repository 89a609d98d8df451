import Foundation

/// Draws a ``MatrixFigure`` as inline SVG: the four quadrants with their names, the axes with
/// their names and poles, and the topics as numbered dots that do not cover each other.
enum MatrixSVG {
    private static let width = 640.0, height = 590.0
    private static let left = 96.0, top = 16.0, size = 480.0
    private static let radius = 11.0

    static func render(_ figure: MatrixFigure) -> String {
        let right = left + size, bottom = top + size, middleX = left + size / 2, middleY = top + size / 2
        var svg = "<svg class=\"matrix\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\">\n"
        // Quadrants: top right, top left, bottom right, bottom left.
        let quadrants = [(middleX, top, "q-top"), (left, top, "q-mid"), (middleX, middleY, "q-mid"), (left, middleY, "q-low")]
        for (x, y, style) in quadrants {
            svg += "<rect class=\"\(style)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(size / 2))\" height=\"\(n(size / 2))\"/>\n"
        }
        let names = [(right - 8, top + 20, "end"), (left + 8, top + 20, "start"),
                     (right - 8, bottom - 10, "end"), (left + 8, bottom - 10, "start")]
        for (index, (x, y, anchor)) in names.enumerated() where index < figure.quadrantNames.count {
            svg += text(figure.quadrantNames[index], x: x, y: y, anchor: anchor, style: "quadrant")
        }
        svg += "<line class=\"midline\" x1=\"\(n(middleX))\" y1=\"\(n(top))\" x2=\"\(n(middleX))\" y2=\"\(n(bottom))\"/>\n"
        svg += "<line class=\"midline\" x1=\"\(n(left))\" y1=\"\(n(middleY))\" x2=\"\(n(right))\" y2=\"\(n(middleY))\"/>\n"
        svg += "<path class=\"axis\" d=\"M\(n(left)) \(n(top - 6)) V\(n(bottom)) H\(n(right + 6))\"/>\n"
        svg += "<path class=\"arrow\" d=\"M\(n(left - 5)) \(n(top + 2)) L\(n(left)) \(n(top - 8)) L\(n(left + 5)) \(n(top + 2)) Z\"/>\n"
        svg += "<path class=\"arrow\" d=\"M\(n(right - 2)) \(n(bottom - 5)) L\(n(right + 8)) \(n(bottom)) L\(n(right - 2)) \(n(bottom + 5)) Z\"/>\n"
        // Horizontal axis: poles under its ends, the name centred below.
        svg += text(figure.xAxis.low, x: left, y: bottom + 22, anchor: "start", style: "pole")
        svg += text(figure.xAxis.high, x: right, y: bottom + 22, anchor: "end", style: "pole")
        svg += text(figure.xAxis.name, x: middleX, y: bottom + 52, anchor: "middle", style: "axis-name")
        // Vertical axis, written upwards: poles beside its ends, the name centred.
        svg += text(figure.yAxis.low, x: left - 16, y: bottom, anchor: "start", style: "pole", rotated: true)
        svg += text(figure.yAxis.high, x: left - 16, y: top, anchor: "end", style: "pole", rotated: true)
        svg += text(figure.yAxis.name, x: left - 48, y: middleY, anchor: "middle", style: "axis-name", rotated: true)

        for (point, (x, y)) in zip(figure.points, layout(figure.points)) {
            svg += "<g class=\"\(point.isPrioritised ? "dot prioritised" : "dot")\"><title>\(point.number). "
                + ProtocolEscaping.html(point.label, lineBreaks: false) + "</title>"
                + "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\"/>"
                + "<text x=\"\(n(x))\" y=\"\(n(y + 4))\" text-anchor=\"middle\">\(point.number)</text></g>\n"
        }
        return svg + "</svg>"
    }

    /// The dots' centres: at their positions, then pushed apart until no two overlap, each
    /// kept inside its own quadrant.
    static func layout(_ points: [MatrixFigure.Point]) -> [(Double, Double)] {
        var centres = points.map { (left + min(max($0.x, 0), 1) * size, top + size - min(max($0.y, 0), 1) * size) }
        let bounds = points.map { point -> (minX: Double, maxX: Double, minY: Double, maxY: Double) in
            let inset = radius + 1
            let (x0, x1) = point.x >= 0.5 ? (left + size / 2, left + size) : (left, left + size / 2)
            let (y0, y1) = point.y >= 0.5 ? (top, top + size / 2) : (top + size / 2, top + size)
            return (x0 + inset, x1 - inset, y0 + inset, y1 - inset)
        }
        let distance = radius * 2 + 2
        for _ in 0..<60 {
            var moved = false
            for i in centres.indices {
                for j in centres.indices where j > i {
                    var dx = centres[j].0 - centres[i].0, dy = centres[j].1 - centres[i].1
                    let length = (dx * dx + dy * dy).squareRoot()
                    guard length < distance else { continue }
                    if length < 0.01 { (dx, dy) = (cos(Double(j)), sin(Double(j))) } else { (dx, dy) = (dx / length, dy / length) }
                    let push = (distance - length) / 2
                    centres[i] = (centres[i].0 - dx * push, centres[i].1 - dy * push)
                    centres[j] = (centres[j].0 + dx * push, centres[j].1 + dy * push)
                    moved = true
                }
            }
            for index in centres.indices {
                let b = bounds[index]
                centres[index] = (min(max(centres[index].0, b.minX), b.maxX), min(max(centres[index].1, b.minY), b.maxY))
            }
            if !moved { break }
        }
        return centres
    }

    private static func text(_ content: String, x: Double, y: Double, anchor: String, style: String,
                             rotated: Bool = false) -> String {
        let transform = rotated ? " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" : ""
        return "<text class=\"\(style)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\"\(transform)>"
            + ProtocolEscaping.html(content, lineBreaks: false) + "</text>\n"
    }

    /// A coordinate with at most one decimal, always with a decimal point.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
