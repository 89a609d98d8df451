import WorkshopModel

/// A full screen of the program (home, a board, a matrix, …). Screens keep only UI state
/// (selection, focus); the workshop itself lives in the store and changes only through
/// commands sent with ``App/execute(_:success:)``.
///
/// To add a screen: implement this protocol, give it a keymap, and push it with
/// ``App/push(_:)`` from the screen that opens it. The help overlay and the key hints
/// are generated from ``keymap``.
public protocol Screen: AnyObject {
    /// The screen's name in the status line.
    func title(_ language: Language) -> String
    /// The keys of this screen (the global keys are added by the shell).
    var keymap: Keymap { get }
    /// Draws the screen into `area`.
    func render(into canvas: inout Canvas, area: Rect, app: App)
    /// Handles an action from the keymap.
    func perform(_ action: Action, app: App)
    /// A presentation for the room: drawn on the whole terminal, without title bar, hints
    /// and status line.
    var isPresentation: Bool { get }
    /// Takes a key before the keymap (a grid that reads digits as values); true when used.
    func consume(_ key: Key, app: App) -> Bool
    /// What "show on projector" (F5) puts on the projector from this screen; nil when the
    /// screen has no audience version.
    func projection(app: App) -> Projection?
    /// On screens where typing starts an entry (a board), the keys that open an editor on
    /// purpose (`n`, `a`, `r`, `+`): they act at once. Other printable keys typed in quick
    /// succession are text for a new entry (``beginEntry(typed:app:)``), not commands. Empty
    /// elsewhere: every key is a command.
    var typingEntryKeys: Set<Character> { get }
    /// Opens the entry with `typed` as its first text; false when there is no place for one.
    func beginEntry(typed: String, app: App) -> Bool
}

extension Screen {
    public var isPresentation: Bool { false }
    public func consume(_ key: Key, app: App) -> Bool { false }
    public func projection(app: App) -> Projection? { nil }
    public var typingEntryKeys: Set<Character> { [] }
    public func beginEntry(typed: String, app: App) -> Bool { false }
}

/// A modal layer above the screen (help, form, confirmation, command line). It receives
/// every key while it is open.
public protocol Overlay: AnyObject {
    /// Handles a key; returns true when the overlay is finished and should close.
    func handle(_ key: Key, app: App) -> Bool
    /// Draws the overlay; `area` is the screen body.
    func render(into canvas: inout Canvas, area: Rect, app: App)
    /// True while the overlay holds typed text that is not saved yet.
    var hasDraft: Bool { get }
    /// What the status line says while there is a draft (which key saves it).
    var draftStatus: UIText { get }
    /// The program is being stopped (hang-up, kill): save what can be saved of the draft.
    func saveDraftBeforeExit(app: App)
    /// The unsaved text and where it belongs, for the ``DraftShelf`` (written to the file when
    /// typing pauses, so it survives a crash); nil when there is nothing unsaved.
    var openDraft: OpenDraft? { get }
    /// The overlay has just been opened (a form brings back its kept draft here).
    func presented(app: App)
}

extension Overlay {
    public var draftStatus: UIText { .statusDraft }
    public func saveDraftBeforeExit(app: App) {}
    public var openDraft: OpenDraft? { nil }
    public func presented(app: App) {}
}
