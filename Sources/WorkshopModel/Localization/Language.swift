/// The UI language. German is the default: the workshops are German.
public enum Language: String, CaseIterable, Codable, Sendable {
    case de
    case en

    /// The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order):
    /// English when the first set variable starts with `en`, German otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .de
            }
        }
        return .de
    }
}
