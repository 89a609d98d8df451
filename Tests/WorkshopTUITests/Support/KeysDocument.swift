import Foundation
@testable import WorkshopTUI

/// docs/keys.md read as data: its sections (`##` and `###` headings), the keymaps each section
/// documents (an HTML comment `<!-- keymap: BoardScreen -->` under the heading) and the keys
/// in the first column of its tables, written the way the document writes keys.
///
/// The spelling: a printable key in backticks (`` `n` ``, `` `+` ``), a range of them as
/// `` `0`–`9` ``; named keys as Enter, Alt-Enter, Esc, Tab, Shift-Tab, Backspace, Del, ↑ ↓ ← →,
/// Home, End, PgUp, PgDn, Space, F1 … F12, Ctrl-R; between keys only spaces, `/`, `,`,
/// parentheses and "or".
struct KeysDocument {
    /// One `##` or `###` section.
    struct Section {
        let title: String
        /// What the marker says: the keymap names, or `none` with a reason; nil without a marker.
        var marker: Marker?
        /// Each table row's key cell, as written.
        var keyCells: [String] = []

        /// The keymaps the section documents; empty for `none` and without a marker.
        var names: [String] {
            if case let .keymaps(names)? = marker { return names }
            return []
        }
    }

    enum Marker: Equatable {
        case keymaps([String])
        /// The section's tables are no keymap (text fields read these keys); the reason says why.
        case none(reason: String)
    }

    let sections: [Section]

    /// docs/keys.md of this checkout.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/keys.md")

    init(text: String) {
        var sections: [Section] = []
        var previousWasTableRow = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("## ") || line.hasPrefix("### ") {
                sections.append(Section(title: line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)))
            } else if let marker = Self.marker(in: line), !sections.isEmpty {
                sections[sections.count - 1].marker = marker
            } else if line.hasPrefix("|"), !sections.isEmpty {
                let cell = line.dropFirst().prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
                // The first row of a table is its header, the second the rule under it.
                let isRule = !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" }
                if previousWasTableRow && !isRule { sections[sections.count - 1].keyCells.append(cell) }
            }
            previousWasTableRow = line.hasPrefix("|")
        }
        self.sections = sections
    }

    private static func marker(in line: String) -> Marker? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"),
              let colon = trimmed.range(of: "keymap:") else { return nil }
        let value = trimmed[colon.upperBound...].dropLast(3).trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("none") {
            return .none(reason: value.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: " –-:")))
        }
        return .keymaps(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    // MARK: Spelling

    /// How docs/keys.md writes `key`; nil for what is no key to press (a click, a paste).
    static func spelling(of key: Key) -> String? {
        switch key {
        case .character(" "): "Space"
        case let .character(c): "`\(c)`"
        case let .control(c): "Ctrl-" + String(c).uppercased()
        case .enter: "Enter"
        case .newline: "Alt-Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case let .function(n): "F\(n)"
        case .click, .paste: nil
        }
    }

    /// The named keys (everything written without backticks), by their spelling.
    private static let namedKeys: [String: Key] = {
        let keys: [Key] = [.character(" "), .enter, .newline, .escape, .tab, .backTab, .backspace, .delete,
                           .up, .down, .left, .right, .home, .end, .pageUp, .pageDown]
            + (1...24).map { .function($0) }
            + "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        return Dictionary(uniqueKeysWithValues: keys.map { (spelling(of: $0)!, $0) })
    }()

    /// The keys a key cell names, or the words in it that are no key.
    static func keys(inCell cell: String) -> (keys: [Key], unknown: [String]) {
        var keys: [Key] = []
        var unknown: [String] = []
        var rangeFrom: Character?
        var pendingRange = false
        func add(_ key: Key) {
            if pendingRange, let from = rangeFrom, case let .character(to) = key,
               let low = from.unicodeScalars.first?.value, let high = to.unicodeScalars.first?.value, low < high {
                keys += (low + 1...high).compactMap(Unicode.Scalar.init).map { .character(Character($0)) }
            } else {
                if pendingRange { unknown.append("–") }
                keys.append(key)
            }
            pendingRange = false
            if case let .character(c) = key { rangeFrom = c } else { rangeFrom = nil }
        }
        func addWords(_ text: Substring) {
            for word in text.split(whereSeparator: { " /,()".contains($0) }) where word != "or" {
                if word == "–" { pendingRange = true }
                else if let key = namedKeys[String(word)] { add(key) }
                else { unknown.append(String(word)) }
            }
        }
        var rest = Substring(cell)
        while let open = rest.firstIndex(of: "`") {
            addWords(rest[..<open])
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "`") else {
                unknown.append(String(rest[open...]))
                return (keys, unknown)
            }
            let quoted = rest[afterOpen..<close]
            if quoted.count == 1 { add(.character(quoted.first!)) } else { unknown.append("`\(quoted)`") }
            rest = rest[rest.index(after: close)...]
        }
        addWords(rest)
        if pendingRange { unknown.append("–") }
        return (keys, unknown)
    }
}
