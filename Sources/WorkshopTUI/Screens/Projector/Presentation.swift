import WorkshopModel

/// A screen made only for the room: drawn on the whole terminal, without keys of its own.
/// The projector's title, timer and matrix views are presentations.
protocol Presentation: Screen {}

extension Presentation {
    var isPresentation: Bool { true }
    var keymap: Keymap { Keymap([]) }
    func perform(_ action: Action, app: App) {}
}
