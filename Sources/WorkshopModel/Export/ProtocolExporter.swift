import Foundation

/// The formats of the protocol export.
public enum ProtocolFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown, one file.
    case markdown = "md"
    /// One self-contained HTML file.
    case html
    /// One CSV file per kind of content, in a directory.
    case csv
}

/// Turns a workshop into its protocol (Markdown, HTML) or CSV files and writes them; shared
/// by `allianz-tui export` and the `:export` command of the program.
public struct ProtocolExporter: Sendable {
    public let workshop: Workshop
    public let language: Language
    public let csvDialect: CSVDialect

    public init(workshop: Workshop, language: Language, csvDialect: CSVDialect = .standard) {
        self.workshop = workshop
        self.language = language
        self.csvDialect = csvDialect
    }

    /// The protocol as Markdown.
    public func markdown() -> String {
        MarkdownProtocolRenderer().render(ProtocolDocument(workshop: workshop, language: language))
    }

    /// The protocol as one HTML file.
    public func html() -> String {
        HTMLProtocolRenderer().render(ProtocolDocument(workshop: workshop, language: language))
    }

    /// The CSV files (name and content).
    public func csvFiles() -> [(name: String, data: Data)] {
        ProtocolCSV.tables(workshop, language).map { ($0.name, $0.encoded(csvDialect)) }
    }

    /// Writes the export to `path`: for Markdown and HTML the file `path`, for CSV one file
    /// per table into the directory `path` (made if its parent exists). Every file appears
    /// complete or not at all (``AtomicFileWriter``). Returns the paths written.
    @discardableResult
    public func write(_ format: ProtocolFormat, to path: String) throws(ExportError) -> [String] {
        let files: [(path: String, data: Data)]
        switch format {
        case .markdown: files = [(path, Data(markdown().utf8))]
        case .html: files = [(path, Data(html().utf8))]
        case .csv:
            try AtomicFileWriter.prepareDirectory(path)
            files = csvFiles().map { ((path as NSString).appendingPathComponent($0.name), $0.data) }
        }
        try AtomicFileWriter.write(files)
        return files.map(\.path)
    }

    /// Where the protocol goes when the moderator named `named`: for Markdown and HTML a
    /// directory means the default file name inside it (``ExportDestination``); for CSV
    /// `named` is the directory. An empty path is refused.
    public static func destination(_ named: String, forWorkshopAt workshopPath: String,
                                   format: ProtocolFormat) throws(ExportError) -> String {
        switch format {
        case .markdown, .html:
            let defaultName = PathParts.name(of: defaultPath(forWorkshopAt: workshopPath, format: format))
            return try ExportDestination.file(named, defaultName: defaultName)
        case .csv:
            guard !named.isEmpty else { throw .cannotWrite(path: named, problem: .noPath) }
            return named
        }
    }

    /// Where the protocol goes when no path is named: beside the workshop file,
    /// `<workshop>-protokoll.md` / `.html`, or the directory `<workshop>-protokoll-csv`.
    public static func defaultPath(forWorkshopAt workshopPath: String, format: ProtocolFormat) -> String {
        let base = PathParts.withoutExtension(workshopPath) + "-protokoll"
        switch format {
        case .markdown: return base + ".md"
        case .html: return base + ".html"
        case .csv: return base + "-csv"
        }
    }
}
