import Foundation

/// Finds a person by a typed name among known names (the participant and moderator lists):
/// the beginning of the name or of any of its words is enough ("kot" finds "Sabine Kötter",
/// "Lupprian" finds "Fr. Lupprian"), case and accents do not matter, and a name that matches
/// nothing gets the nearest known name as a suggestion (at most two typing errors away).
public struct NameMatcher: Sendable {
    /// What a typed name matched.
    public enum Match: Equatable, Sendable {
        /// Exactly one known name: the one typed in full, or the only one it begins.
        case found(String)
        /// Several known names begin with what was typed (in list order).
        case ambiguous([String])
        /// No known name; `suggestion` is a near miss when there is one.
        case notFound(suggestion: String?)
    }

    /// Typing errors (edit distance) a near miss may have.
    public static let nearMissDistance = 2

    private struct Entry: Sendable {
        let name: String
        let folded: String
        let words: [String]
    }

    private let entries: [Entry]

    /// A matcher over `names` (duplicates after folding are kept once, the first spelling wins).
    public init(names: [String]) {
        var seen = Set<String>()
        entries = names.compactMap { name in
            let folded = Self.fold(name)
            guard !folded.isEmpty, seen.insert(folded).inserted else { return nil }
            return Entry(name: name, folded: folded, words: Self.words(of: folded))
        }
    }

    /// Matches `typed`: a name equal to it (ignoring case and accents) wins, otherwise every
    /// known name whose words begin with the typed words, in order.
    public func match(_ typed: String) -> Match {
        let folded = Self.fold(typed)
        guard !folded.isEmpty else { return .notFound(suggestion: nil) }
        if let exact = entries.first(where: { $0.folded == folded }) { return .found(exact.name) }
        let found = candidates(folded: folded)
        switch found.count {
        case 0: return .notFound(suggestion: nearMiss(folded))
        case 1: return .found(found[0])
        default: return .ambiguous(found)
        }
    }

    /// Every known name that `typed` begins (as a whole, or word by word), in list order.
    public func candidates(_ typed: String) -> [String] {
        let folded = Self.fold(typed)
        return folded.isEmpty ? [] : candidates(folded: folded)
    }

    private func candidates(folded: String) -> [String] {
        let typedWords = Self.words(of: folded)
        return entries.filter { $0.folded.hasPrefix(folded) || Self.wordsBegin($0.words, with: typedWords) }.map(\.name)
    }

    /// Whether each typed word begins a word of the name, in order (not necessarily adjacent).
    private static func wordsBegin(_ words: [String], with typed: [String]) -> Bool {
        var index = words.startIndex
        for part in typed {
            guard let hit = words[index...].firstIndex(where: { $0.hasPrefix(part) }) else { return false }
            index = hit + 1
        }
        return true
    }

    /// The known name nearest to `folded` (the whole name or one of its words) when it is at
    /// most ``nearMissDistance`` edits away and less than half of the compared text; the first
    /// in list order on a tie.
    private func nearMiss(_ folded: String) -> String? {
        var best: (name: String, distance: Int)? = nil
        for entry in entries {
            for target in [entry.folded] + entry.words {
                let distance = Self.editDistance(folded, target)
                guard distance <= Self.nearMissDistance, distance * 2 < target.count else { continue }
                if best == nil || distance < best!.distance { best = (entry.name, distance) }
            }
        }
        return best?.name
    }

    // MARK: Folding and distance

    /// Lower case without accents ("Kötter" → "kotter", "Weiß" → "weiss"), inner whitespace
    /// collapsed.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The words of a folded name: split at spaces and hyphens ("schulte-bräucker" has two).
    private static func words(of folded: String) -> [String] {
        folded.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbouring letters count one each.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        if abs(a.count - b.count) > nearMissDistance { return abs(a.count - b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
