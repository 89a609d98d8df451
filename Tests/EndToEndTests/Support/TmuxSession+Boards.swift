extension TmuxSession {
    /// From the home screen of a workshop without boards: `b`, `n`, the title, Enter, Enter —
    /// a new theme table named `title`, opened.
    func createThemeTable(_ title: String) throws {
        try press("b")
        try waitFor("Noch keine Pinnwand")
        try press("n")
        try type(title)
        try press("Enter")
        try waitFor("Beiträge")
        try press("Enter")
        try waitFor("Thementisch: \(title)")
    }
}
