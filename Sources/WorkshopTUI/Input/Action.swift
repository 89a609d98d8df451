/// What a key does, independent of which key it is. Screens and the shell handle actions;
/// the ``Keymap`` says which keys produce them.
public enum Action: Hashable, Sendable {
    case quit
    case help
    case commandLine
    case back
    case nextPane
    case previousPane
    case up
    case down
    case pageUp
    case pageDown
    case top
    case bottom
    case open
    case add
    case edit
    case delete
    case undo
    case redo
    case moveUp
    case moveDown
    case editInfo
}
