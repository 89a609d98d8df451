/// The protocol of a workshop, independent of its format: a title and numbered sections of
/// blocks (facts, tables, cards, figures), rendered by ``MarkdownProtocolRenderer`` and
/// ``HTMLProtocolRenderer``.
///
/// Each section is built by one function from the workshop (see ``sectionBuilders``); adding
/// a section to the protocol is adding one function to that list. Text in the document is
/// the workshop's text as stored: the renderers clean and escape it.
public struct ProtocolDocument: Sendable {
    /// The workshop's title.
    public let title: String
    /// Date and place, as one line.
    public let subtitle: String
    public let language: Language
    /// The sections in protocol order, numbered ("1", "2.1", …).
    public let sections: [ProtocolSection]

    /// Builds a section from the workshop, or returns nil when the workshop has nothing for it.
    public typealias SectionBuilder = @Sendable (Workshop, Language) -> ProtocolSection?

    /// The sections of the protocol in order: the meeting, the boards, the summary by tag,
    /// the SWOT, the materiality matrices, the project-idea catalog with the profile forms
    /// (the prioritised topics described; the appendix's Table 2 after Table 1), the
    /// consensing rounds (which choose among the described ideas), the quick decisions.
    public static let sectionBuilders: [SectionBuilder] = [
        meetingSection, boardsSection, aggregationSection, swotSection, materialitySection, profilesSection,
        consensingSection, quickDecisionsSection,
    ]

    /// The protocol of `workshop` with labels in `language`.
    public init(workshop: Workshop, language: Language) {
        title = workshop.info.title
        subtitle = [LocalizedFormat.meetingDate(workshop.info.date, language), workshop.info.place]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        self.language = language
        sections = Self.numbered(Self.sectionBuilders.compactMap { $0(workshop, language) }, prefix: "")
    }

    private static func numbered(_ sections: [ProtocolSection], prefix: String) -> [ProtocolSection] {
        sections.enumerated().map { index, section in
            var section = section
            section.number = prefix + "\(index + 1)"
            section.subsections = numbered(section.subsections, prefix: section.number + ".")
            return section
        }
    }
}

/// A numbered section of the protocol: a title, blocks, and subsections.
public struct ProtocolSection: Sendable {
    /// How the subsections are laid out where the format allows it.
    public enum Layout: Sendable {
        /// One after the other.
        case flow
        /// Side by side, two in a row (the four fields of a SWOT).
        case grid
    }

    /// "2.1"; set by ``ProtocolDocument``.
    public internal(set) var number = ""
    public var title: String
    public var layout: Layout
    public var blocks: [ProtocolBlock]
    public var subsections: [ProtocolSection]

    public init(title: String, layout: Layout = .flow, blocks: [ProtocolBlock] = [], subsections: [ProtocolSection] = []) {
        self.title = title
        self.layout = layout
        self.blocks = blocks
        self.subsections = subsections
    }

    /// How deep the section is nested: 1 for a top-level section.
    public var depth: Int { number.split(separator: ".").count }
}

/// A piece of content of a section.
public enum ProtocolBlock: Sendable {
    /// Running text; line breaks are kept.
    case paragraph(String)
    /// What was decided, set off from the text around it.
    case outcome(String)
    /// A remark in smaller type: a legend, a hint that content is illustrative.
    case note(String)
    /// Labelled facts: "Datum: 23.03.2017".
    case facts([ProtocolFact])
    /// Labelled texts of any length, line breaks kept, each label above its text and remarks
    /// set off under it: the fields of a profile form.
    case fields([ProtocolField])
    case table(ProtocolTable)
    /// Moderation cards in display order, grouped cards one level deeper.
    case cards([ProtocolCard])
    /// A plain list (signatures, names).
    case list([String])
    /// A materiality matrix as a drawing (formats without drawings leave it out: the priority
    /// table next to it says the same).
    case matrix(MatrixFigure)
    /// A horizontal bar chart (formats without drawings leave it out).
    case bars(BarChart)
}

/// A label and its value.
public struct ProtocolFact: Sendable, Equatable {
    public let label: String
    public let value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A labelled text that may run over several lines (a field of a profile form), with remarks
/// that belong to it (notes that are not final yet).
public struct ProtocolField: Sendable, Equatable {
    public let label: String
    /// The text; may be empty when there are only remarks.
    public let text: String
    public let remarks: [String]

    public init(_ label: String, _ text: String, remarks: [String] = []) {
        self.label = label
        self.text = text
        self.remarks = remarks
    }
}

/// A table with a header row. Cells may hold line breaks.
public struct ProtocolTable: Sendable {
    /// A column: its title and whether it holds numbers (aligned right).
    public struct Column: Sendable {
        public let title: String
        public let isNumeric: Bool

        public init(_ title: String, numeric: Bool = false) {
            self.title = title
            isNumeric = numeric
        }
    }

    /// One row.
    public struct Row: Sendable {
        public enum Style: Sendable {
            case normal
            /// Chosen, prioritised, leading: set off.
            case highlighted
            /// Not acceptable, not placed: in lighter type.
            case muted
            /// A line across the table with a label (the cut line of a priority list); only
            /// the first cell is used.
            case divider
        }

        public var cells: [String]
        public var style: Style
        /// The first cell belongs to the row above (a challenge with its next vision): the
        /// cell is left empty, or joined with the one above where the format can.
        public var continuesFirstCell: Bool

        public init(_ cells: [String], style: Style = .normal, continuesFirstCell: Bool = false) {
            self.cells = cells
            self.style = style
            self.continuesFirstCell = continuesFirstCell
        }

        /// A labelled line across the table.
        public static func divider(_ label: String) -> Row { Row([label], style: .divider) }
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Only as wide as its content where the format allows it (short words such as the
    /// assessment of a profile); tables whose columns after the first hold numbers are so anyway.
    public var isCompact: Bool

    public init(columns: [Column], rows: [Row], compact: Bool = false) {
        self.columns = columns
        self.rows = rows
        isCompact = compact
    }
}

/// A moderation card as the protocol shows it.
public struct ProtocolCard: Sendable, Equatable {
    public let text: String
    public let author: String?
    public let tags: [String]
    public let isPrepared: Bool
    /// A round card (the title of a cluster).
    public let isCluster: Bool
    /// 0, or 1 for a card grouped under a round card.
    public let depth: Int

    /// The card of `entry` under the heading titled `heading`; a tag that only repeats the
    /// heading (the change process a column is named after) is left out.
    public init(_ entry: BoardContent.Entry, heading: String) {
        text = entry.card.text
        author = entry.card.author
        tags = entry.card.tags.filter { $0.caseInsensitiveCompare(heading) != .orderedSame }
        isPrepared = entry.card.isPrepared
        isCluster = entry.card.isCluster
        depth = entry.depth
    }
}
