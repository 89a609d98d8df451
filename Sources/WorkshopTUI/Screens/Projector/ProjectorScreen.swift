import WorkshopModel

/// The screen of `allianz-tui present FILE`: whatever the moderator put on the projector,
/// drawn by that view's presentation screen, following the workshop file as it changes.
/// It takes no keys but `q` / Ctrl-C, so nothing typed on the projector's keyboard changes
/// what the room sees.
public final class ProjectorScreen: Screen {
    private var shown: (projection: Projection, screen: Screen)?

    public init() {}

    public var isPresentation: Bool { true }

    public func title(_ language: Language) -> String { UIText.cliPresentAbstract.text(language) }

    public let keymap = Keymap([])

    public func perform(_ action: Action, app: App) {}

    /// Every key except the quit keys is swallowed.
    public func consume(_ key: Key, app: App) -> Bool {
        key != .character("q") && key != .control("c")
    }

    /// The presentation screen for the current projection, made anew when it changes.
    func presentation(_ app: App) -> Screen {
        let projection = app.workshop.effectiveProjection
        if let shown, shown.projection == projection { return shown.screen }
        let screen: Screen
        switch projection {
        case .title: screen = TitlePresentation()
        case .timer: screen = TimerPresentation()
        case let .board(id, card): screen = PlenaryScreen(boardID: id, from: card)
        case let .matrix(id): screen = MatrixPresentation(matrixID: id)
        case let .tally(id): screen = TallyScreen(roundID: id)
        case let .profile(id, field): screen = PosterScreen(profileID: id, sequence: [], from: field)
        }
        shown = (projection, screen)
        return screen
    }

    public func render(into canvas: inout Canvas, area: Rect, app: App) {
        presentation(app).render(into: &canvas, area: area, app: app)
    }
}
