import Foundation

/// Where a described idea goes next: the funnel (Trichter) of the project-idea catalog.
public enum FunnelCategory: String, Codable, Sendable, CaseIterable {
    /// RL: (potential) real-world lab.
    case realLab = "RL"
    /// EP: a project on own initiative (eigenverantwortliches Projekt).
    case ownProject = "EP"
    /// OK: nobody to drive it yet (ohne Kümmerer).
    case noDriver = "OK"
}

/// A funnel value as the catalog writes it: a category, possibly uncertain ("RL?"), possibly
/// combined with a second one ("OK bzw. in RL integrieren"), or not sorted yet.
public struct Funnel: Codable, Equatable, Hashable, Sendable {
    public var primary: FunnelCategory?
    /// The category the idea may be integrated into instead ("bzw. in RL integrieren").
    public var alternative: FunnelCategory?
    /// The group was not sure ("RL?").
    public var isUncertain: Bool

    public init(_ primary: FunnelCategory? = nil, alternative: FunnelCategory? = nil, uncertain: Bool = false) {
        self.primary = primary
        self.alternative = primary == nil ? nil : alternative
        self.isUncertain = primary == nil ? false : uncertain
    }

    /// Not sorted into the funnel yet.
    public static let unsorted = Funnel()

    /// Every value the funnel can take, for choosing from a list: open first, then per
    /// category the plain, the uncertain and the combined values ("RL", "RL?", "RL/EP",
    /// "RL?/EP", "RL/OK", "RL?/OK", "EP", …).
    public static let allValues: [Funnel] = [.unsorted] + FunnelCategory.allCases.flatMap { primary in
        ([nil] + FunnelCategory.allCases.filter { $0 != primary }).flatMap { (alternative: FunnelCategory?) in
            [Funnel(primary, alternative: alternative), Funnel(primary, alternative: alternative, uncertain: true)]
        }
    }

    /// The short code: "RL", "RL?", "OK/RL", "" when unsorted.
    public var code: String {
        guard let primary else { return "" }
        var code = primary.rawValue + (isUncertain ? "?" : "")
        if let alternative { code += "/" + alternative.rawValue }
        return code
    }

    /// Whether the value is uncertain or combined (the catalog's mixed cases).
    public var isMixed: Bool { isUncertain || alternative != nil }

    /// Whether the idea is (also) in `category`.
    public func includes(_ category: FunnelCategory) -> Bool {
        primary == category || alternative == category
    }

    /// Reads a typed code: "RL", "ep", "RL?", "OK/RL", "OK bzw. RL", "OK bzw. in RL integrieren";
    /// blank means unsorted. Nil when the text is not a funnel value.
    public init?(parsing raw: String) {
        let words = raw.uppercased()
            .replacingOccurrences(of: "BZW.", with: "/").replacingOccurrences(of: "BZW", with: "/")
            .replacingOccurrences(of: "INTEGRIEREN", with: "").replacingOccurrences(of: " IN ", with: " ")
            .split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { self = .unsorted; return }
        guard words.count <= 2 else { return nil }
        var categories: [FunnelCategory] = []
        var uncertain = false
        for word in words {
            var code = word
            if code.hasSuffix("?") { uncertain = true; code.removeLast() }
            guard let category = FunnelCategory(rawValue: code.trimmingCharacters(in: .whitespaces)) else { return nil }
            categories.append(category)
        }
        if categories.count == 2 && categories[0] == categories[1] { return nil }
        self.init(categories[0], alternative: categories.count == 2 ? categories[1] : nil, uncertain: uncertain)
    }
}

extension Funnel {
    /// The value in words as the catalog writes it: "RL", "RL?", "OK bzw. in RL integrieren",
    /// or "offen" when not sorted yet.
    public func label(_ language: Language) -> String {
        guard let primary else { return UIText.funnelUnsorted.text(language) }
        let first = primary.rawValue + (isUncertain ? "?" : "")
        guard let alternative else { return first }
        return UIText.funnelAlternative.format(language, first, alternative.rawValue)
    }
}

extension FunnelCategory {
    /// The category spelled out.
    public func label(_ language: Language) -> String {
        switch self {
        case .realLab: UIText.funnelRealLab.text(language)
        case .ownProject: UIText.funnelOwnProject.text(language)
        case .noDriver: UIText.funnelNoDriver.text(language)
        }
    }
}
