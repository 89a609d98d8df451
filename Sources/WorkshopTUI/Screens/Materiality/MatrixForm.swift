import WorkshopModel

/// The form that defines a matrix: its title and the two axes the group names
/// (name, low and high end).
enum MatrixForm {
    static func make(_ app: App, matrix: MaterialityMatrix?) -> FormOverlay {
        let language = app.language
        return FormOverlay(title: (matrix == nil ? UIText.keyNewMatrix : UIText.keyEditMatrix).text(language),
                           draftKey: matrix.map { .form("matrix.edit", of: $0.id) } ?? .form("matrix.add"), fields: [
            .text(UIText.fieldMatrixTitle.text(language), matrix?.title ?? "", limit: TextFieldKind.matrixTitle.limit),
            .text(UIText.fieldXAxis.text(language), matrix.map { axisText($0.xAxis) } ?? ""),
            .text(UIText.fieldYAxis.text(language), matrix.map { axisText($0.yAxis) } ?? ""),
        ]) { values, app in
            let xAxis = axis(values[1]), yAxis = axis(values[2])
            let command: MaterialityCommand = if let matrix {
                .editMatrix(id: matrix.id, title: values[0], xAxis: xAxis, yAxis: yAxis, quadrantNames: matrix.quadrantNames)
            } else {
                .addMatrix(title: values[0], xAxis: xAxis, yAxis: yAxis)
            }
            return app.trySave(.materiality(command), name: values[0])
        }
    }

    /// "Relevanz für den Standort: gering, hoch" → the axis (name, low, high).
    private static func axis(_ text: String) -> MatrixAxis {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let poles = parts.count > 1 ? parts[1].split(separator: ",", maxSplits: 1).map(String.init) : []
        return MatrixAxis(name: String(parts.first ?? ""), low: poles.first ?? "", high: poles.count > 1 ? poles[1] : "")
    }

    private static func axisText(_ axis: MatrixAxis) -> String { "\(axis.name): \(axis.low), \(axis.high)" }
}
