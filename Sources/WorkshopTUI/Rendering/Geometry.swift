/// A terminal size in cells.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// Splits into a top part of `height` rows and the rest.
    public func splitTop(_ height: Int) -> (top: Rect, rest: Rect) {
        let top = min(max(height, 0), self.height)
        return (Rect(x: x, y: y, width: width, height: top),
                Rect(x: x, y: y + top, width: width, height: self.height - top))
    }

    /// Splits into `count` columns of (nearly) equal width, separated by `gap` cells.
    public func columns(_ count: Int, gap: Int = 1) -> [Rect] {
        columns(weights: Array(repeating: 1, count: count), gap: gap)
    }

    /// Splits into columns whose widths follow `weights`, separated by `gap` cells.
    public func columns(weights: [Int], gap: Int = 1) -> [Rect] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return [] }
        let usable = width - gap * (weights.count - 1)
        var result: [Rect] = []
        var left = x
        var assigned = 0
        for (index, weight) in weights.enumerated() {
            let columnWidth = index == weights.count - 1 ? usable - assigned : usable * weight / total
            result.append(Rect(x: left, y: y, width: columnWidth, height: height))
            left += columnWidth + gap
            assigned += columnWidth
        }
        return result
    }

    /// A rectangle of the given size centred in this one.
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(width, self.width)
        let h = min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }
}
