/// Tells typing from commands on a screen where typing starts an entry (a board: typing
/// starts a new card). A printable key is held for ``window``; when ``typingLength`` keys
/// follow each other that closely, they are text, not commands. Fewer (a quick `h` `L`) run
/// as commands when the window has passed. A key repeated (held down, `jjj`) is a command each
/// time. The screen's entry keys (`n` on a board) open their editor at once unless keys are
/// held: then they are letters of the word being typed ("und").
///
/// Pure and clock-free: the times come with the keys, so tests give their own.
struct TypingBurst {
    /// Keys closer together than this are typing. Typing at 10 characters per second leaves
    /// about 100 ms between keys; a moderator pressing single commands leaves far more.
    static let window: Duration = .milliseconds(200)
    /// This many keys in quick succession are typing; two are still a quick pair of commands.
    static let typingLength = 3

    /// What to do with a printable key.
    enum Decision: Equatable {
        /// Hold it: typing may follow.
        case hold
        /// These held keys turned out to be text: start an entry with them.
        case text(String)
        /// Run these held keys as commands, in order (the new key is held now).
        case commands([Character])
    }

    /// The keys held, in order.
    private(set) var held: [Character] = []
    private var lastKey: ContinuousClock.Instant?

    /// When the held keys become commands if nothing follows; nil when nothing is held.
    var deadline: ContinuousClock.Instant? { held.isEmpty ? nil : lastKey.map { $0 + Self.window } }

    /// A printable key at `time`.
    mutating func add(_ character: Character, at time: ContinuousClock.Instant) -> Decision {
        defer { lastKey = time }
        guard let last = lastKey, !held.isEmpty, time - last <= Self.window else {
            let earlier = held
            held = [character]
            return earlier.isEmpty ? .hold : .commands(earlier)
        }
        if held.allSatisfy({ $0 == character }) {
            // Key repeat: the earlier presses are commands, this one waits.
            defer { held = [character] }
            return .commands(held)
        }
        held.append(character)
        guard held.count >= Self.typingLength else { return .hold }
        let text = String(held)
        held = []
        return .text(text)
    }

    /// True when a key at `time` continues the keys held (a word is being typed).
    func continues(at time: ContinuousClock.Instant) -> Bool {
        guard let lastKey, !held.isEmpty else { return false }
        return time - lastKey <= Self.window
    }

    /// Takes the held keys (to run as commands): a key that is not typing came, or the
    /// deadline passed.
    mutating func release() -> [Character] {
        defer { held = [] }
        return held
    }
}
