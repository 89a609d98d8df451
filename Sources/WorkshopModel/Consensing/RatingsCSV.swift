import Foundation

/// One checked line of a ratings file: a rater's name and their values.
public struct ImportedRow: Equatable, Sendable {
    /// The line in the file (the header is line 1).
    public var line: Int
    public var name: String
    /// Value per proposal; a proposal without an entry is a missing value.
    public var values: [EntityID: Int]

    public init(line: Int = 0, name: String, values: [EntityID: Int]) {
        self.line = line
        self.name = name
        self.values = values
    }
}

/// Why a ratings file was refused: every problem, each with its line. Nothing is imported
/// while there is any.
public struct RatingsCSVError: Error, Equatable, Sendable {
    /// One problem of one line.
    public struct Problem: Equatable, Sendable {
        public enum Reason: Equatable, Sendable {
            /// No line at all.
            case emptyFile
            /// A header but no rater below it.
            case noRows
            /// The first column is titled like a proposal: the name column is missing.
            case nameColumnMissing(String)
            /// A header title that is no proposal of the round; `known` lists the titles.
            case unknownProposal(String, known: [String])
            case duplicateColumn(String)
            /// Column `column` (counted from 1) has an empty title.
            case emptyColumnTitle(column: Int)
            case wrongColumnCount(found: Int, expected: Int)
            case notAWholeNumber(String, proposal: String)
            case outOfRange(Int, proposal: String, maximum: Int)
            case emptyName
            case nameTooLong(limit: Int, length: Int)
            /// The same rater twice in the file; `firstLine` is the earlier line.
            case duplicateRater(String, firstLine: Int)
            /// The rater is already in the round and has values there.
            case raterHasValues(String)
            case unclosedQuote
        }

        /// The line in the file, counted from 1 (the header is line 1).
        public var line: Int
        public var reason: Reason

        public init(line: Int, reason: Reason) {
            self.line = line
            self.reason = reason
        }

        /// "Zeile 4: 11 bei „Hybride Formen des Handels“ liegt außerhalb der Skala 0–10."
        public func message(in language: Language) -> String {
            UIText.csvLine.format(language, line, detail(in: language))
        }

        /// The problem without the line number.
        public func detail(in language: Language) -> String {
            switch reason {
            case .emptyFile: UIText.csvEmptyFile.text(language)
            case .noRows: UIText.csvNoRows.text(language)
            case let .nameColumnMissing(title): UIText.csvNameColumnMissing.format(language, title)
            case let .unknownProposal(title, known):
                UIText.csvUnknownProposal.format(language, title, known.map { RatingsCSVError.quoted($0, language) }.joined(separator: ", "))
            case let .duplicateColumn(title): UIText.csvDuplicateColumn.format(language, title)
            case let .emptyColumnTitle(column): UIText.csvEmptyColumnTitle.format(language, column)
            case let .wrongColumnCount(found, expected): UIText.csvWrongColumnCount.format(language, found, expected)
            case let .notAWholeNumber(text, proposal): UIText.csvNotANumber.format(language, text, proposal)
            case let .outOfRange(value, proposal, maximum): UIText.csvOutOfRange.format(language, value, proposal, maximum)
            case .emptyName: UIText.csvEmptyName.text(language)
            case let .nameTooLong(limit, length): UIText.csvNameTooLong.format(language, limit, length)
            case let .duplicateRater(name, firstLine): UIText.csvDuplicateRater.format(language, name, firstLine)
            case let .raterHasValues(name): UIText.csvRaterHasValues.format(language, name)
            case .unclosedQuote: UIText.csvUnclosedQuote.text(language)
            }
        }
    }

    private static func quoted(_ text: String, _ language: Language) -> String {
        language == .de ? "„\(text)“" : "“\(text)”"
    }

    /// All problems, in the order of the lines.
    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// "Nichts importiert – die Datei hat 2 Problem(e):" followed by one line per problem.
    public func message(in language: Language) -> String {
        ([UIText.csvNothingImported.format(language, problems.count)] + problems.map { $0.message(in: language) })
            .joined(separator: "\n")
    }
}

/// Reads collected resistance values from a CSV file (format: `docs/consensing-csv.md`).
///
/// - UTF-8; a byte order mark at the start is ignored; lines end in LF or CRLF.
/// - The separator is `;` or `,`, whichever the header line uses more (`;` on a tie).
///   Fields may be quoted with `"` (a quote inside is doubled).
/// - Line 1 is the header: the name column, then one column per proposal, titled exactly
///   like the proposal (ignoring case), the passive solution included, in any order. A
///   proposal without a column gets missing values.
/// - Then one line per rater: the name, then the values; an empty cell is a missing value.
///   Blank lines (also `;;;`) are skipped.
public enum RatingsCSV {
    /// Checks `text` against `round` and returns the rows to import, or every problem
    /// found, each with its line. `ratings` are the values already entered (of any round):
    /// a rater of the round who already has values may not appear in the file.
    public static func parse(_ text: String, round: ConsensingRound,
                             ratings: [Rating] = []) -> Result<[ImportedRow], RatingsCSVError> {
        var problems: [RatingsCSVError.Problem] = []
        func report(_ line: Int, _ reason: RatingsCSVError.Problem.Reason) {
            problems.append(.init(line: line, reason: reason))
        }

        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard let headerIndex = lines.firstIndex(where: { !isBlank($0) }) else {
            return .failure(RatingsCSVError(problems: [.init(line: 1, reason: .emptyFile)]))
        }
        let headerLine = headerIndex + 1
        let separator = detectSeparator(lines[headerIndex])

        // The header: which proposal each column holds (nil for a column that is not usable).
        guard var header = fields(lines[headerIndex], separator: separator) else {
            return .failure(RatingsCSVError(problems: [.init(line: headerLine, reason: .unclosedQuote)]))
        }
        while header.count > 1, header.last?.isEmpty == true { header.removeLast() } // Excel's trailing ";;"
        let titles = round.proposals.map(\.title)
        func proposal(titled title: String) -> Proposal? {
            round.proposals.first { $0.title.caseInsensitiveCompare(title) == .orderedSame }
        }
        if let first = header.first, proposal(titled: first) != nil {
            report(headerLine, .nameColumnMissing(first))
        }
        var columns: [Proposal?] = []
        var used = Set<EntityID>()
        for (offset, title) in header.enumerated().dropFirst() {
            if title.isEmpty {
                report(headerLine, .emptyColumnTitle(column: offset + 1))
                columns.append(nil)
            } else if let proposal = proposal(titled: title) {
                if used.contains(proposal.id) { report(headerLine, .duplicateColumn(title)) }
                columns.append(used.contains(proposal.id) ? nil : proposal)
                used.insert(proposal.id)
            } else {
                report(headerLine, .unknownProposal(title, known: titles))
                columns.append(nil)
            }
        }

        // The raters.
        let rated = Set(ratings.filter { $0.roundID == round.id }.map(\.raterID))
        var rows: [ImportedRow] = []
        var firstLineOfName: [(name: String, line: Int)] = []
        for index in lines.indices where index > headerIndex && !isBlank(lines[index]) {
            let line = index + 1
            guard let cells = fields(lines[index], separator: separator) else {
                report(line, .unclosedQuote)
                continue
            }
            if cells.allSatisfy(\.isEmpty) { continue } // ";;;;" from a spreadsheet
            if cells.count < header.count || cells[header.count...].contains(where: { !$0.isEmpty }) {
                report(line, .wrongColumnCount(found: cells.count, expected: header.count))
                continue
            }
            let name = TextSanitizer.clean(cells[0], multiline: false)
            if name.isEmpty {
                report(line, .emptyName)
            } else if name.count > TextFieldKind.raterName.limit {
                report(line, .nameTooLong(limit: TextFieldKind.raterName.limit, length: name.count))
            } else if let earlier = firstLineOfName.first(where: { ConsensingDecider.sameName($0.name, name) }) {
                report(line, .duplicateRater(name, firstLine: earlier.line))
            } else {
                firstLineOfName.append((name, line))
                if let rater = round.raters.first(where: { ConsensingDecider.sameName($0.name, name) }),
                   rated.contains(rater.id) {
                    report(line, .raterHasValues(rater.name))
                }
            }
            var values: [EntityID: Int] = [:]
            for (column, proposal) in columns.enumerated() {
                guard let proposal else { continue }
                let cell = cells[column + 1]
                guard !cell.isEmpty else { continue }
                guard let value = wholeNumber(cell) else {
                    report(line, .notAWholeNumber(cell, proposal: proposal.title))
                    continue
                }
                guard round.scale.contains(value) else {
                    report(line, .outOfRange(value, proposal: proposal.title, maximum: round.scaleMaximum))
                    continue
                }
                values[proposal.id] = value
            }
            rows.append(ImportedRow(line: line, name: name, values: values))
        }
        if rows.isEmpty && problems.isEmpty { report(headerLine, .noRows) }
        return problems.isEmpty ? .success(rows) : .failure(RatingsCSVError(problems: problems))
    }

    // MARK: Reading

    private static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" }
    }

    /// `;` unless the header holds more commas than semicolons (outside quotes).
    static func detectSeparator(_ header: String) -> Character {
        var semicolons = 0, commas = 0, quoted = false
        for character in header {
            switch character {
            case "\"": quoted.toggle()
            case ";" where !quoted: semicolons += 1
            case "," where !quoted: commas += 1
            default: break
            }
        }
        return commas > semicolons ? "," : ";"
    }

    /// The fields of one line, trimmed; `nil` when a quote is not closed.
    static func fields(_ line: String, separator: Character) -> [String]? {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        current.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.allSatisfy(\.isWhitespace) {
                current = ""
                quoted = true
            } else if character == separator {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard !quoted else { return nil }
        fields.append(current)
        return fields.map { TextSanitizer.clean($0, multiline: false) }
    }

    /// "7", " 7 ", "+7", "-1" → the number; "7,5", "x", "" → nil. Only ASCII digits count.
    private static func wholeNumber(_ text: String) -> Int? {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let magnitude = Int(digits) else { return nil }
        return negative ? -magnitude : magnitude
    }
}
