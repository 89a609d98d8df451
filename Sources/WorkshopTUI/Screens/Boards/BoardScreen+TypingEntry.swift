import WorkshopModel

/// Typing on a board starts a card: printable keys typed in quick succession open the card
/// panel on the selected heading with what was typed (``TypingBurst``). The keys that open an
/// editor for new text (new card, round card, new heading) act at once, so a moderator can
/// type right after them; keys that change or remove what exists wait to see if typing follows.
extension BoardScreen {
    var typingEntryKeys: Set<Character> { ["n", "a", "r", "+"] }

    func beginEntry(typed: String, app: App) -> Bool {
        perform(.add, app: app)
        guard app.overlay is CardEntryOverlay else { return false }
        app.handle(.paste(typed))
        return true
    }
}
