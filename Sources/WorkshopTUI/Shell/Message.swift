/// A one-line message to the moderator above the status line.
public struct Message: Equatable, Sendable {
    public enum Kind: Sendable {
        case info, success, error
        /// A problem of the workshop file (not saved, gone, locked): drawn like an error, but
        /// whole, over up to three rows, so the way to get the data out can be read.
        case fault
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    var style: Style {
        switch kind {
        case .info: .normal
        case .success: .success
        case .error, .fault: .error
        }
    }
}
