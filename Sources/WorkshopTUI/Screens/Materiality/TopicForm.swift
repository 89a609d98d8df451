import WorkshopModel

/// The form that renames a topic.
enum TopicForm {
    static func make(_ app: App, topic: MatrixTopic) -> FormOverlay {
        FormOverlay(title: UIText.keyRenameTopic.text(app.language), draftKey: .form("topic.rename", of: topic.id), fields: [
            .text(UIText.fieldTopic.text(app.language), topic.label, limit: TextFieldKind.topicLabel.limit),
        ]) { values, app in
            app.trySave(.materiality(.renameTopic(id: topic.id, label: values[0])), name: values[0])
        }
    }
}
