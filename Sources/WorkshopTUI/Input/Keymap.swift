import WorkshopModel

/// One row of a keymap: the keys, the action they trigger and the help text. The help
/// overlay is generated from the same rows the key handling uses, so it never lies.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: UIText

    public init(_ keys: [Key], _ action: Action, _ help: UIText) {
        self.keys = keys
        self.action = action
        self.help = help
    }

    /// The keys as shown in the help overlay, e.g. "↑ / k".
    public func keyLabel(_ language: Language) -> String {
        keys.map { $0.label(language) }.joined(separator: " / ")
    }
}

/// An ordered table of key bindings.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The bindings available everywhere outside text input.
    public static let global = Keymap([
        KeyBinding([.character("?"), .function(1)], .help, .keyHelp),
        KeyBinding([.character(":")], .commandLine, .keyCommandLine),
        KeyBinding([.character("/")], .search, .keySearch),
        KeyBinding([.escape], .back, .keyBack),
        KeyBinding([.character("u"), .control("z")], .undo, .keyUndo),
        KeyBinding([.control("r"), .control("y")], .redo, .keyRedo),
        KeyBinding([.character("q"), .control("c")], .quit, .keyQuit),
        KeyBinding([.function(5)], .project, .keyProject),
        KeyBinding([.function(6)], .projectTimer, .keyProjectTimer),
        KeyBinding([.function(7)], .projectTitle, .keyProjectTitle),
        KeyBinding([.function(8)], .pauseTimer, .keyPauseTimer),
        KeyBinding([.function(9)], .addMinute, .keyAddMinute),
    ])

    /// Moving up and down through a list or a column; shared by every screen that has one.
    public static let verticalNavigation: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .up, .keyUp),
        KeyBinding([.down, .character("j")], .down, .keyDown),
        KeyBinding([.pageUp], .pageUp, .keyPageUp),
        KeyBinding([.pageDown], .pageDown, .keyPageDown),
        KeyBinding([.home, .character("g")], .top, .keyTop),
        KeyBinding([.end, .character("G")], .bottom, .keyBottom),
    ]

    /// Moving through lists in panes: vertical navigation plus switching panes.
    public static let listNavigation: [KeyBinding] = verticalNavigation + [
        KeyBinding([.tab, .right], .nextPane, .keyNextPane),
        KeyBinding([.backTab, .left], .previousPane, .keyPreviousPane),
    ]
}
