import Foundation

extension Workshop {
    /// The built-in templates followed by the workshop's own.
    public var allProfileTemplates: [ProfileTemplate] { ProfileTemplate.builtIn + profileTemplates }

    /// The template with `id` (built-in or custom).
    public func profileTemplate(_ id: EntityID) -> ProfileTemplate? {
        allProfileTemplates.first { $0.id == id }
    }

    /// The profile with `id`.
    public func profile(_ id: EntityID) -> Profile? { profiles.first { $0.id == id } }

    /// The catalog number a new profile gets: one more than the highest.
    public var nextProfileNumber: Int { (profiles.map(\.number).max() ?? 0) + 1 }

    /// The short description the catalog shows: the text of the template's summary field.
    public func summary(of profile: Profile) -> String {
        guard let fieldID = profileTemplate(profile.templateID)?.summaryFieldID else { return "" }
        return profile.value(fieldID)
    }

    /// The names of a profile's moderators, in order (unknown ids are skipped).
    public func moderatorNames(of profile: Profile) -> [String] {
        profile.moderatorIDs.compactMap { id in moderators.first { $0.id == id }?.name }
    }

    /// The required fields of a profile that are still empty.
    public func missingRequiredFields(of profile: Profile) -> [ProfileField] {
        guard let template = profileTemplate(profile.templateID) else { return [] }
        return template.fields.filter { $0.isRequired && profile.value($0.id).isEmpty }
    }

    /// The profiles of the catalog that pass `filter`, in `order`.
    public func catalog(filter: CatalogFilter = .all, order: CatalogOrder = .number) -> [Profile] {
        let selected = profiles.filter { filter.admits($0.funnel) }
        switch order {
        case .number:
            return selected.sorted { $0.number < $1.number }
        case .title:
            // Opening quotation marks and other punctuation do not count, umlauts sort with their vowel.
            let key = { (profile: Profile) in String(profile.title.drop { !$0.isLetter && !$0.isNumber }) }
            return selected.sorted {
                key($0).compare(key($1), options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
            }
        case .funnel:
            return selected.sorted { (funnelRank($0.funnel), $0.number) < (funnelRank($1.funnel), $1.number) }
        }
    }

    private func funnelRank(_ funnel: Funnel) -> Int {
        guard let primary = funnel.primary else { return 99 }
        let base = (FunnelCategory.allCases.firstIndex(of: primary) ?? 0) * 10
        return base + (funnel.isUncertain ? 1 : 0) + (funnel.alternative == nil ? 0 : 2)
    }
}

/// Which profiles the catalog shows.
public enum CatalogFilter: Equatable, Sendable, CaseIterable {
    case all
    case category(FunnelCategory)
    /// Uncertain or combined values ("RL?", "OK/RL").
    case mixed
    /// Not sorted into the funnel yet.
    case unsorted

    public static let allCases: [CatalogFilter] = [.all] + FunnelCategory.allCases.map { .category($0) } + [.mixed, .unsorted]

    /// Whether a profile with `funnel` passes.
    public func admits(_ funnel: Funnel) -> Bool {
        switch self {
        case .all: true
        case let .category(category): funnel.includes(category)
        case .mixed: funnel.isMixed
        case .unsorted: funnel.primary == nil
        }
    }
}

/// The order of the catalog.
public enum CatalogOrder: Equatable, Sendable, CaseIterable {
    case number, title, funnel
}
