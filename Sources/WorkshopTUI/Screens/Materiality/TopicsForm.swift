import WorkshopModel

/// The form that adds topics to a matrix, one per line.
enum TopicsForm {
    static func make(_ app: App, matrixID: EntityID) -> FormOverlay {
        FormOverlay(title: UIText.keyAddTopics.text(app.language), draftKey: .form("topics.add", of: matrixID), fields: [
            .text(UIText.fieldTopics.text(app.language), lines: 4),
        ]) { values, app in
            app.tryExecute(.materiality(.addTopics(matrixID: matrixID, labels: values[0].split(separator: "\n").map(String.init))),
                           success: UIText.topicAdded.text(app.language))
        }
    }
}
