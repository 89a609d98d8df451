import Foundation
import WorkshopModel

/// The form that imports collected values from a CSV file (docs/consensing-csv.md): every
/// problem is listed with its line, and nothing is imported when any row is bad.
enum RatingsImportForm {
    static func make(_ app: App, round: ConsensingRound) -> FormOverlay {
        FormOverlay(title: UIText.keyImportCSV.text(app.language), draftKey: .form("round.import", of: round.id), fields: [
            .text(UIText.fieldCSVPath.text(app.language)),
        ]) { values, app in
            let path = (values[0].trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath
            guard let data = FileManager.default.contents(atPath: path) else {
                return UIText.csvCannotRead.format(app.language, path)
            }
            switch RatingsCSV.parse(String(decoding: data, as: UTF8.self), round: round,
                                      ratings: app.workshop.ratings(for: round.id)) {
            case let .failure(error):
                return error.message(in: app.language)
            case let .success(rows):
                return app.tryExecute(.consensing(.importRatings(roundID: round.id, rows: rows)),
                                      success: UIText.csvImported.format(app.language, rows.count))
            }
        }
    }
}
