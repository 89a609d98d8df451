/// What a cell means, not how it looks: the terminal backend maps each style to colours
/// (high contrast, for a washed-out projector) or to plain attributes (monochrome).
public enum Style: UInt8, CaseIterable, Sendable {
    case normal
    /// The title bar at the top.
    case titleBar
    /// The status line at the bottom.
    case statusBar
    /// A heading inside a screen.
    case heading
    /// The selected row of the focused list.
    case selection
    /// The selected row of a list that does not have the focus.
    case selectionInactive
    /// A frame of a pane without focus.
    case frame
    /// The frame and title of the focused pane.
    case frameFocused
    /// Secondary text (organisation, durations); still fully readable.
    case secondary
    /// A short success message.
    case success
    /// An error message.
    case error
    /// An input field being edited.
    case input
    /// A card prepared before the meeting (the landscape), unlike cards written in the room.
    case prepared
    /// A round card: the title of a cluster.
    case cluster
}
