import WorkshopModel

/// The question for the room while sorting topics on an axis: "is A more or less than B?",
/// large, with how many questions remain. `m`/→ more, `w`/← less, `g`/= about equal,
/// `u`/Backspace takes back the last answer. When every topic is placed the positions are
/// written to the matrix and the screen closes.
final class ComparisonScreen: Screen {
    private let matrixID: EntityID
    private let axis: MatrixAxisKind

    init(matrixID: EntityID, axis: MatrixAxisKind) {
        self.matrixID = matrixID
        self.axis = axis
    }

    func title(_ language: Language) -> String { UIText.comparisonTitle.text(language) }

    func projection(app: App) -> Projection? { .matrix(matrixID) }

    let keymap = Keymap([
        KeyBinding([.character("m"), .right], .answerMore, .keyAnswerMore),
        KeyBinding([.character("w"), .left], .answerLess, .keyAnswerLess),
        KeyBinding([.character("g"), .character("=")], .answerEqual, .keyAnswerEqual),
        KeyBinding([.character("u"), .backspace], .undo, .keyTakeBack),
    ])

    /// The shell runs `.undo` itself (the global undo, which takes back whatever was saved
    /// last: a move made before, or the start of the comparison), so the take-back keys are
    /// caught before it.
    func consume(_ key: Key, app: App) -> Bool {
        guard keymap.action(for: key) == .undo else { return false }
        perform(.undo, app: app)
        return true
    }

    func perform(_ action: Action, app: App) {
        let answer: ComparisonAnswer
        switch action {
        case .answerMore: answer = .more
        case .answerLess: answer = .less
        case .answerEqual: answer = .equal
        case .undo:
            app.execute(.materiality(.takeBackAnswer(matrixID: matrixID, axis: axis)), success: UIText.answerTakenBack.text(app.language))
            return
        default:
            return
        }
        guard app.execute(.materiality(.answer(matrixID: matrixID, axis: axis, answer))) != nil else { return }
        if app.workshop.matrix(matrixID)?.sorting(axis)?.sort.isFinished == true,
           app.execute(.materiality(.applySorting(matrixID: matrixID, axis: axis)),
                       success: UIText.sortingApplied.text(app.language)) != nil {
            app.pop()
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let matrix = app.workshop.matrix(matrixID), let sorting = matrix.sorting(axis) else {
            canvas.draw(" " + UIText.matrixGone.text(language), x: area.x, y: area.y + 1, style: .error)
            return
        }
        let sort = sorting.sort
        let labels = Dictionary(app.workshop.topics(of: matrixID).map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let axisInfo = matrix.axis(axis)
        let progress = UIText.comparisonProgress.format(language, sort.comparisons + 1, sort.remainingQuestions)
        // The progress is centred and bold: the room follows how far it is.
        let shown = progress.truncated(toWidth: area.width - 2)
        canvas.draw(shown, x: area.x + (area.width - DisplayWidth.of(shown)) / 2, y: area.y, style: .heading)
        guard let question = sort.question else { return }
        let width = min(area.width - 4, 100)
        let left = area.x + (area.width - width) / 2
        var y = area.y + max((area.height - 13) / 2, 2)
        let intro = UIText.comparisonQuestion.format(language, axisInfo.name)
        for line in TextWrapper.wrap(intro, width: width) {
            canvas.draw(line, x: left + (width - DisplayWidth.of(line)) / 2, y: y, style: .heading)
            y += 1
        }
        y += 1
        for (label, style) in [(labels[question.candidate] ?? "", Style.selection), (labels[question.pivot] ?? "", Style.frameFocused)] {
            let lines = TextWrapper.wrap("„" + label + "“", width: width - 4).prefix(2)
            let box = Rect(x: left, y: y, width: width, height: lines.count + 2)
            canvas.drawFrame(box, style: .frameFocused)
            for (offset, line) in lines.enumerated() {
                canvas.draw(line, x: left + (width - DisplayWidth.of(line)) / 2, y: y + 1 + offset, style: style == .selection ? .heading : .normal)
            }
            y += box.height
            if style == .selection {
                let versus = UIText.comparisonVersus.format(language, axisInfo.high, axisInfo.low)
                canvas.draw(versus, x: left + (width - DisplayWidth.of(versus)) / 2, y: y, style: .secondary)
                y += 1
            }
        }
        y += 1
        let keys = UIText.comparisonKeys.text(language)
        canvas.draw(keys.truncated(toWidth: width), x: left + max((width - DisplayWidth.of(keys)) / 2, 0), y: y, style: .heading)
    }
}
