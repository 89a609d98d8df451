import WorkshopModel

/// Typing on a board starts a card: printable keys typed in quick succession open the card
/// panel on the selected heading with what was typed (``TypingBurst``); `n` opens it on purpose.
extension BoardScreen {
    var typingEntryKey: Character? { "n" }

    func beginEntry(typed: String, app: App) -> Bool {
        perform(.add, app: app)
        guard app.overlay is CardEntryOverlay else { return false }
        app.handle(.paste(typed))
        return true
    }
}
