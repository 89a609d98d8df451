/// A materiality matrix to draw: the axes, the quadrant names and the placed topics as
/// numbered points (the number is the topic's rank in the priority list).
public struct MatrixFigure: Sendable {
    /// A placed topic.
    public struct Point: Sendable, Equatable {
        public let number: Int
        public let label: String
        /// 0 (left) … 1 (right).
        public let x: Double
        /// 0 (bottom) … 1 (top).
        public let y: Double
        public let isPrioritised: Bool

        public init(number: Int, label: String, x: Double, y: Double, isPrioritised: Bool) {
            self.number = number
            self.label = label
            self.x = x
            self.y = y
            self.isPrioritised = isPrioritised
        }
    }

    public let xAxis: MatrixAxis
    public let yAxis: MatrixAxis
    /// Top right, top left, bottom right, bottom left.
    public let quadrantNames: [String]
    public let points: [Point]
    /// A line under the drawing (what the numbers mean).
    public let caption: String

    public init(xAxis: MatrixAxis, yAxis: MatrixAxis, quadrantNames: [String], points: [Point], caption: String) {
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.quadrantNames = quadrantNames
        self.points = points
        self.caption = caption
    }
}

/// Horizontal bars on a scale from 0 to 100 (the acceptance of the proposals of a round).
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        public enum Style: Sendable {
            case normal
            /// Chosen.
            case highlighted
            /// The passive solution.
            case reference
            /// Not acceptable.
            case muted
        }

        public let label: String
        /// 0 … 100.
        public let value: Double
        /// The value as printed next to the bar ("87,5 %").
        public let valueText: String
        public let style: Style

        public init(label: String, value: Double, valueText: String, style: Style) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.style = style
        }
    }

    public let bars: [Bar]
    public let caption: String

    public init(bars: [Bar], caption: String) {
        self.bars = bars
        self.caption = caption
    }
}
