import Foundation

/// How CSV files are written.
public struct CSVDialect: Sendable, Equatable {
    public let separator: Character
    /// Starts the file with the UTF-8 byte order mark (spreadsheet programs then read UTF-8).
    public let byteOrderMark: Bool
    /// Writes decimals with a comma.
    public let decimalComma: Bool

    /// RFC 4180: comma, UTF-8 without byte order mark, decimal point.
    public static let standard = CSVDialect(separator: ",", byteOrderMark: false, decimalComma: false)
    /// What German spreadsheet programs open directly: semicolon, UTF-8 with byte order mark,
    /// decimal comma (`--csv-semicolon`).
    public static let spreadsheet = CSVDialect(separator: ";", byteOrderMark: true, decimalComma: true)
}

/// One CSV file of the export: its name, the header row and the rows.
public struct CSVTable: Sendable {
    /// A value; numbers are written as the dialect asks.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int)
        /// A decimal with two places.
        case decimal(Double)
        case empty
    }

    /// The file name, e.g. `cards.csv`.
    public let name: String
    public let header: [String]
    public let rows: [[Cell]]

    public init(name: String, header: [String], rows: [[Cell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// The file: every field cleaned, defused and quoted (``ProtocolEscaping/csvField(_:separator:)``),
    /// lines ending in CR LF.
    public func encoded(_ dialect: CSVDialect) -> Data {
        var text = dialect.byteOrderMark ? "\u{FEFF}" : ""
        let separator = String(dialect.separator)
        func line(_ fields: [String]) {
            text += fields.map { ProtocolEscaping.csvField($0, separator: dialect.separator) }.joined(separator: separator) + "\r\n"
        }
        line(header)
        for row in rows {
            line(row.map { cell in
                switch cell {
                case let .text(value): value
                case let .integer(value): String(value)
                case let .decimal(value): LocalizedFormat.decimal(value, digits: 2, comma: dialect.decimalComma)
                case .empty: ""
                }
            })
        }
        return Data(text.utf8)
    }
}
