import Foundation
import WorkshopModel

/// The form for a custom template: its name and its fields, one per line as
/// "Name | Hinweis | einzeilig, Pflicht" (hint and options optional).
enum TemplateForm {
    static func make(_ app: App, template: ProfileTemplate?) -> FormOverlay {
        let language = app.language
        let lines = template?.fields.map { line(for: $0, language) }.joined(separator: "\n") ?? ""
        return FormOverlay(title: template == nil ? UIText.keyNewTemplate.text(language) : UIText.keyEditTemplate.text(language),
                           draftKey: template.map { .form("template.edit", of: $0.id) } ?? .form("template.add"),
                           fields: [
                               .text(UIText.fieldTemplateName.text(language), template?.name ?? "", limit: TextFieldKind.templateName.limit),
                               .text(UIText.fieldTemplateFields.text(language), lines, lines: 8),
                           ]) { values, app in
            let specs = values[1].split(separator: "\n").map { parse(String($0)) }
            let command: ProfileCommand = template.map { .editTemplate(id: $0.id, name: values[0], fields: specs) }
                ?? .addTemplate(name: values[0], fields: specs)
            return app.tryExecute(.profile(command), success: UIText.templateSaved.format(app.language, values[0]))
        }
    }

    static func singleLineWord(_ language: Language) -> String { UIText.templateSingleLine.text(language) }
    static func requiredWord(_ language: Language) -> String { UIText.templateRequired.text(language) }

    /// Reads one line; the options are recognised in German and English.
    static func parse(_ line: String) -> ProfileFieldSpec {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let options = parts.count > 2 ? parts[2].lowercased() : ""
        let mentions = { (text: UIText) in Language.allCases.contains { options.contains(text.text($0).lowercased()) } }
        let singleLine = mentions(.templateSingleLine)
        let required = mentions(.templateRequired)
        return ProfileFieldSpec(name: parts[0], hint: parts.count > 1 ? parts[1] : "",
                                isMultiline: !singleLine, isRequired: required)
    }

    private static func line(for field: ProfileField, _ language: Language) -> String {
        [field.name, field.hint, options(of: field, language).joined(separator: ", ")].joined(separator: " | ")
    }

    /// The words for a field's options: "einzeilig", "Pflicht".
    static func options(of field: ProfileField, _ language: Language) -> [String] {
        [field.isMultiline ? nil : singleLineWord(language), field.isRequired ? requiredWord(language) : nil].compactMap { $0 }
    }
}
