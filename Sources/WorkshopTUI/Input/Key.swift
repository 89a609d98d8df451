import WorkshopModel

/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("r")`.
    case control(Character)
    case enter
    /// Alt+Enter or Ctrl+J: a line break inside multi-line text.
    case newline
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case up, down, left, right
    case home, end, pageUp, pageDown
    case function(Int)
    /// A click of the left mouse button at a cell (where the terminal reports the mouse).
    case click(x: Int, y: Int)
    /// Text pasted at once (the terminal's bracketed paste): inserted as text, its line
    /// breaks and tabs never act as keys.
    case paste(String)

    /// How the key is written in the help overlay.
    public func label(_ language: Language) -> String {
        switch self {
        case let .character(c): c == " " ? UIText.keyNameSpace.text(language) : String(c)
        case let .control(c): UIText.keyNameControl.text(language) + "-" + String(c).uppercased()
        case .enter: "Enter"
        case .newline: "Alt-Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "⌫"
        case .delete: UIText.keyNameDelete.text(language)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: UIText.keyNameHome.text(language)
        case .end: UIText.keyNameEnd.text(language)
        case .pageUp: UIText.keyNamePageUp.text(language)
        case .pageDown: UIText.keyNamePageDown.text(language)
        case let .function(n): "F\(n)"
        case .click, .paste: ""
        }
    }
}
