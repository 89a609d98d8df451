import WorkshopModel

/// What a key does in an editor (the card panel, the profile field editor), as its hint line
/// promises it. The hint line is made from these, and a test presses each promised key and
/// checks that it does what the hint says.
enum EditorPromise: CaseIterable {
    /// Saves and clears the editor for the next card.
    case saveAndNext
    /// Saves and closes the editor.
    case saveAndClose
    /// Saves and edits the next field.
    case saveAndNextField
    /// Moves to the next field of the editor (nothing is saved).
    case nextField
    /// Breaks the line.
    case newLine

    var phrase: UIText {
        switch self {
        case .saveAndNext: .promiseSaveAndNext
        case .saveAndClose: .promiseSaveAndClose
        case .saveAndNextField: .promiseSaveAndNextField
        case .nextField: .promiseNextField
        case .newLine: .promiseNewLine
        }
    }
}

/// The keys an editor names in its hint line, each with its promise:
/// "Enter speichert, nächste Karte · Esc speichert, schließt · …".
struct EditorHint {
    static let separator = " · "

    let promises: [(key: Key, promise: EditorPromise)]

    /// The hint in `language`, with only as many whole promises as fit into `width` (the most
    /// important come first, none is cut in the middle).
    func text(_ language: Language, width: Int) -> String {
        var shown = ""
        for (key, promise) in promises {
            let part = key.label(language) + " " + promise.phrase.text(language)
            let next = shown.isEmpty ? part : shown + Self.separator + part
            guard DisplayWidth.of(next) <= width else { break }
            shown = next
        }
        return shown
    }
}
