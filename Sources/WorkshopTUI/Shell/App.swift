import Foundation
import WorkshopModel

/// The running program without a terminal: it takes keys, sends commands to the store
/// and renders frames into a ``Canvas``. The terminal loop and the tests drive it the same way.
public final class App {
    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(width: 60, height: 16)
    /// Most rows a fault message takes above the status line.
    static let faultMessageRows = 3

    public let store: WorkshopStore
    public var language: Language
    public private(set) var screens: [Screen]
    public private(set) var overlay: Overlay?
    public private(set) var message: Message?
    /// Set when the last write failed: the status line then says "not saved" and why.
    public private(set) var writeFailure: String?
    /// The store problem last reported in the message line, so that one reported on every
    /// tick is shown once (and a message typed after it, such as `:copy`'s, stays).
    private var reportedProblem: StoreError?
    /// Seconds a change has waited for the write lock another program holds, while it waits.
    public private(set) var lockWaitSeconds: Int?
    /// Whether the workshop file's directory stopped taking new files while the file was open.
    public private(set) var directoryReadOnly = false
    /// Draws the current frame at once; set by the terminal loop, which does not run while a
    /// change waits for the write lock (``WorkshopStore/onLockWait``).
    public var redraw: (() -> Void)?
    public private(set) var shouldQuit = false
    /// Drafts put aside and the open editor's text, kept in the workshop file for this seat.
    public let drafts: DraftShelf
    private let clock: () -> Date
    private var burst = TypingBurst()

    /// An app showing `root` first: the home screen for a moderator, the projector screen
    /// for `allianz-tui present`.
    public init(store: WorkshopStore, language: Language, clock: @escaping () -> Date = Date.init, root: Screen? = nil) {
        self.store = store
        self.language = language
        self.clock = clock
        screens = [root ?? HomeScreen()]
        drafts = DraftShelf(store: store)
        offerRestoredDrafts()
        store.onLockWait = { [weak self] seconds in self?.waitForLock(seconds) }
        // Opened to make changes, but the file cannot be written here: say why and what to do
        // (not on the projector, which only reads).
        if let reason = store.readOnlyReason, reason != .requested, !currentScreen.isPresentation {
            show(UIText.storeOpenedReadOnly.format(language, reason.label(language), reason.advice(language, path: store.path)),
                 kind: .fault)
        }
    }

    /// Drafts this seat left in the file (a crash, or put aside before quitting) are on the
    /// shelf again; the message says so and which keys bring them back.
    private func offerRestoredDrafts() {
        let restored = drafts.restore()
        guard let newest = restored.last else { return }
        let time = DateText.clock(newest.savedAt)
        show(restored.count == 1 ? UIText.draftRestored.format(language, time)
                                 : UIText.draftsRestored.format(language, restored.count, time))
    }

    /// The current time of the app's clock (fixed in tests).
    public var now: Date { clock() }

    /// The workshop as currently saved.
    public var workshop: Workshop { store.state.workshop }

    /// The screen on top of the stack.
    public var currentScreen: Screen { screens[screens.count - 1] }

    // MARK: Input

    /// Handles one key press. `time` is when the key arrived (the terminal loop gives it):
    /// on a screen where typing starts an entry, printable keys typed in quick succession are
    /// text for a new entry instead of commands (``TypingBurst``). Without a time every key
    /// acts at once.
    public func handle(_ key: Key, at time: ContinuousClock.Instant? = nil) {
        if let time, overlay == nil, case let .character(character) = key, !currentScreen.typingEntryKeys.isEmpty,
           !currentScreen.typingEntryKeys.contains(character) || (burst.continues(at: time) && !heldKeysOnlyMove) {
            switch burst.add(character, at: time) {
            case .hold:
                return
            case let .commands(characters):
                characters.forEach { dispatch(.character($0)) }
            case let .text(text):
                message = nil
                if !currentScreen.beginEntry(typed: text, app: self) { text.forEach { dispatch(.character($0)) } }
            }
            return
        }
        releaseHeldKeys()
        dispatch(key)
    }

    /// True when the held keys only move the selection (`l` before `n`): an entry key after
    /// them opens its editor at once. After other keys it is a letter of a word ("und").
    private var heldKeysOnlyMove: Bool {
        let moves: Set<Action> = [.up, .down, .left, .right, .top, .bottom, .pageUp, .pageDown, .nextPane, .previousPane]
        return burst.held.allSatisfy { character in
            currentScreen.keymap.action(for: .character(character)).map(moves.contains) ?? false
        }
    }

    /// When held keys become commands if no further key comes (the loop waits no longer).
    public var heldKeysDeadline: ContinuousClock.Instant? { burst.deadline }

    /// Runs held keys as commands: no key followed in time, or a key that is not typing came.
    public func releaseHeldKeys(now: ContinuousClock.Instant? = nil) {
        if let now, let deadline = burst.deadline, now < deadline { return }
        burst.release().forEach { dispatch(.character($0)) }
    }

    private func dispatch(_ key: Key) {
        if let overlay {
            if overlay.handle(key, app: self), self.overlay === overlay { self.overlay = nil }
            return
        }
        message = nil
        if currentScreen.consume(key, app: self) { return }
        if let action = currentScreen.keymap.action(for: key) ?? Keymap.global.action(for: key) {
            perform(action)
        }
    }

    /// Runs a global action, or hands it to the current screen.
    public func perform(_ action: Action) {
        switch action {
        case .quit:
            shouldQuit = true
        case .help:
            present(HelpOverlay(screen: currentScreen))
        case .commandLine:
            present(CommandLineOverlay())
        case .back:
            pop()
        case .search:
            present(BoardPickers.cardPicker(self, title: UIText.searchTitle.text(language)) { cardID, app in
                guard let card = app.workshop.cards.first(where: { $0.id == cardID }) else { return }
                app.push(BoardScreen(boardID: card.boardID, cardID: cardID, workshop: app.workshop))
            })
        case .undo:
            if let record = execute(.undo) {
                show(UIText.undone.text(language) + " " + EventDescription.summary(record, language, in: workshop), kind: .success)
            }
        case .redo:
            if let record = execute(.redo) {
                show(UIText.redone.text(language) + " " + EventDescription.summary(record, language, in: workshop), kind: .success)
            }
        case .project, .projectTimer, .projectTitle:
            let projection = action == .projectTimer ? .timer : action == .projectTitle ? .title : currentScreen.projection(app: self)
            guard let projection else { return show(UIText.notProjectable.text(language), kind: .error) }
            project(projection)
        case .pauseTimer:
            guard let timer = workshop.currentTimer?.timer else { return show(UIText.errorNoTimer.text(language), kind: .error) }
            execute(.session(timer.isPaused ? .resumeTimer(at: now) : .pauseTimer(at: now)))
        case .addMinute:
            if execute(.session(.addMinutes(1))) != nil, let running = workshop.currentTimer {
                let left = running.timer.remaining(at: now, plannedMinutes: running.item.plannedMinutes)
                show(UIText.timerExtended.format(language, CountdownText.format(left)), kind: .success)
            }
        default:
            currentScreen.perform(action, app: self)
        }
    }

    /// Called a few times a second by the terminal loop: writes the open editor's text to the
    /// file when typing pauses, and picks up changes other processes saved. Returns true when
    /// the screen needs to be drawn again.
    /// A problem of the file (gone, disk full while a draft was written, directory made
    /// read-only) shows in the status line at once and its message once.
    public func tick() -> Bool {
        drafts.follow(overlay?.openDraft, now: now)
        var changed = watchDirectory()
        do {
            changed = try store.refresh() || changed
        } catch {
            report(error)
            return true
        }
        if let problem = store.writeProblem {
            report(problem)
        } else if reportedProblem != nil {
            // A write succeeded again (space freed, lock released).
            reportedProblem = nil
            writeFailure = nil
            changed = true
        }
        return changed
    }

    /// Shows a store problem: a write failure in the status line; its message in the message
    /// line when it was not reported before.
    private func report(_ error: StoreError) {
        if let label = error.statusLabel(in: language) { writeFailure = label }
        if error != reportedProblem { show(error.message(in: language), kind: .fault) }
        reportedProblem = error
    }

    /// Notices the directory of the file becoming read-only (or writable again) under a
    /// writing store; returns whether that changed.
    private func watchDirectory() -> Bool {
        let readOnly = !store.isReadOnly && !store.directoryAcceptsNewFiles
        guard readOnly != directoryReadOnly else { return false }
        directoryReadOnly = readOnly
        if readOnly { show(UIText.storeDirectoryBecameReadOnly.format(language, store.path), kind: .fault) }
        return true
    }

    /// The store waits for the write lock: say so in the status line (and once in the
    /// message line), and draw it, since the loop is not running meanwhile.
    private func waitForLock(_ seconds: TimeInterval) {
        if lockWaitSeconds == nil {
            show(UIText.storeWaitingForLock.format(language, store.path, Int(store.lockPatience)), kind: .fault)
        }
        lockWaitSeconds = Int(seconds)
        redraw?()
    }

    /// What to print after the program ended when not everything was saved: the problem, where
    /// the saved part is, and the text of every editor and draft that may be missing from the
    /// file, so nothing typed is lost with the program. Nil when everything was saved.
    public var exitNotice: String? {
        guard let problem = store.writeProblem ?? reportedProblem, let label = problem.statusLabel(in: language) else { return nil }
        let texts = ([overlay?.openDraft?.draft].compactMap { $0 } + drafts.waiting)
            .map { $0.texts.filter { !$0.isEmpty }.joined(separator: " · ") }
        guard !texts.isEmpty else { return UIText.storeExitNotSaved.format(language, label, store.path) }
        return ([UIText.storeExitNotSaved.format(language, label, store.path), UIText.storeExitUnsavedTexts.text(language)]
            + texts).joined(separator: "\n")
    }

    // MARK: Services for screens and overlays

    /// Sends a command to the store. On success shows `success` (if given) and returns the
    /// saved record; on refusal or failure shows the reason and returns nil.
    @discardableResult
    public func execute(_ command: WorkshopCommand, success: String? = nil) -> EventRecord? {
        switch submit(command, success: success) {
        case let .success(record):
            return record
        case let .failure(error):
            show(error.message(in: language), kind: error.isWriteFailure ? .fault : .error)
            return nil
        }
    }

    /// Like ``execute(_:success:)``, but returns the refusal instead of showing it, so a
    /// form can keep its text and show the reason next to it.
    /// `saved` gets the saved record (nil when the command changed nothing).
    public func tryExecute(_ command: WorkshopCommand, success: String? = nil,
                           saved: ((EventRecord?) -> Void)? = nil) -> String? {
        switch submit(command, success: success) {
        case let .success(record):
            saved?(record)
            return nil
        case let .failure(error):
            return error.message(in: language)
        }
    }

    /// ``tryExecute(_:success:)`` for a form: on success says "Saved: <name>" with the name
    /// as it will be stored.
    public func trySave(_ command: WorkshopCommand, name: String) -> String? {
        tryExecute(command, success: UIText.saved.format(language, TextSanitizer.clean(name, multiline: false)))
    }

    /// Runs a command, tracks whether saving works, and shows `success` or "no change".
    /// A write failure clears what the message line said (a "✓ saved" of the change before):
    /// the status line says "not saved", the caller shows why and how to get the data out.
    private func submit(_ command: WorkshopCommand, success: String?) -> Result<EventRecord?, StoreError> {
        defer { lockWaitSeconds = nil }
        do {
            guard let record = try store.execute(command) else {
                show(UIText.noChange.text(language))
                return .success(nil)
            }
            writeFailure = nil
            reportedProblem = nil
            if let success { show(success, kind: .success) }
            return .success(record)
        } catch {
            if let label = error.statusLabel(in: language) {
                message = nil
                writeFailure = label
                reportedProblem = error
            }
            return .failure(error)
        }
    }

    /// Puts `projection` on the projector and says so. Paging a projected view calls this
    /// quietly (`announce: false`).
    public func project(_ projection: Projection, announce: Bool = true) {
        let description = EventDescription.describe(projection, language, in: workshop)
        guard projection != workshop.projection else {
            if announce { show(UIText.projectedNow.format(language, description)) }
            return
        }
        if execute(.session(.project(projection))) != nil, announce {
            show(UIText.projectedNow.format(language, description), kind: .success)
        }
    }

    /// Saves the open overlay's draft, if it has one: called when the program is stopped by
    /// a signal (an ssh connection dropped), so typed text is not lost.
    public func saveDraftBeforeExit() {
        // First into the draft table (saving removes it there), so a refused save keeps it.
        drafts.writeNow(overlay?.openDraft)
        if let overlay, overlay.hasDraft { overlay.saveDraftBeforeExit(app: self) }
    }

    /// Opens a modal overlay.
    public func present(_ overlay: Overlay) {
        self.overlay = overlay
        overlay.presented(app: self)
    }

    /// Shows a message above the status line until the next key.
    public func show(_ text: String, kind: Message.Kind = .info) { message = Message(text, kind: kind) }

    /// Opens a screen on top of the current one.
    public func push(_ screen: Screen) { screens.append(screen) }

    /// Closes the current screen (the home screen stays).
    public func pop() {
        if screens.count > 1 { screens.removeLast() }
    }

    // MARK: Rendering

    /// Renders the whole frame for a terminal of `size`.
    public func render(size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            renderTooSmall(into: &canvas)
            return canvas
        }
        if currentScreen.isPresentation {
            currentScreen.render(into: &canvas, area: canvas.bounds, app: self)
            overlay?.render(into: &canvas, area: canvas.bounds, app: self)
            if message?.style == .error { renderMessageLine(into: &canvas, y: size.height - 1) }
            return canvas
        }
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        renderTitleBar(into: &canvas)
        currentScreen.render(into: &canvas, area: body, app: self)
        canvas.cursor = nil
        overlay?.render(into: &canvas, area: body, app: self)
        if !(overlay is CommandLineOverlay) { renderMessageLine(into: &canvas, y: size.height - 2) }
        renderStatusLine(into: &canvas, y: size.height - 1)
        return canvas
    }

    private func renderTitleBar(into canvas: inout Canvas) {
        let info = workshop.info
        let width = canvas.size.width
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .titleBar)
        let facts = [DateText.meetingDate(info.date, language), info.place].filter { !$0.isEmpty }.joined(separator: " · ")
        // The title comes first; date and place get the rest, but the date always shows.
        let dateWidth = DisplayWidth.of(DateText.meetingDate(info.date, language))
        let factsRoom = min(DisplayWidth.of(facts), max(width - 5 - DisplayWidth.of(info.title), dateWidth))
        let title = " " + info.title.truncated(toWidth: width - 2 - (factsRoom >= 10 ? factsRoom + 3 : 0))
        canvas.draw(title, x: 0, y: 0, style: .titleBar)
        guard factsRoom >= 10 else { return }
        let shown = facts.truncated(toWidth: factsRoom)
        canvas.draw(shown, x: width - DisplayWidth.of(shown) - 1, y: 0, style: .titleBar)
    }

    /// A fault too long for the line takes up to ``faultMessageRows`` rows, over the bottom of
    /// the screen above it: a problem of the file and its way out must be readable whole.
    private func renderMessageLine(into canvas: inout Canvas, y: Int) {
        let width = canvas.size.width
        if let message {
            var lines = [message.text.truncated(toWidth: width - 2)]
            if message.kind == .fault {
                let wrapped = TextWrapper.wrap(message.text, width: width - 2)
                lines = Array(wrapped.prefix(Self.faultMessageRows))
                if wrapped.count > lines.count { lines[lines.count - 1] += " …" }
            }
            let top = y - lines.count + 1
            canvas.fill(Rect(x: 0, y: top, width: width, height: lines.count), style: message.style)
            for (index, line) in lines.enumerated() {
                canvas.draw(" " + line.truncated(toWidth: width - 2), x: 0, y: top + index, style: message.style)
            }
            return
        }
        let hint = { (binding: KeyBinding) in "\(binding.keys[0].label(self.language)) \(binding.help.text(self.language))" }
        let quit = Keymap.global.bindings.first { $0.action == .quit }!
        let fixed = [hint(Keymap.global.bindings[0]), hint(quit)]
        var room = width - 2 - fixed.reduce(0) { $0 + DisplayWidth.of($1) + 2 }
        var shown: [String] = []
        for binding in currentScreen.keymap.bindings {
            let text = hint(binding)
            guard DisplayWidth.of(text) + 2 <= room else { break }
            shown.append(text)
            room -= DisplayWidth.of(text) + 2
        }
        canvas.draw(" " + (shown + fixed).joined(separator: "  "), x: 0, y: y, style: .secondary, maxWidth: width - 1)
    }

    private func renderStatusLine(into canvas: inout Canvas, y: Int) {
        canvas.fill(Rect(x: 0, y: y, width: canvas.size.width, height: 1), style: .statusBar)
        let left = " allianz-tui · " + currentScreen.title(language)
        let saveState: String
        if let lockWaitSeconds { saveState = UIText.statusWaitingForLock.format(language, lockWaitSeconds) }
        else if let writeFailure { saveState = writeFailure }
        else if let overlay, overlay.hasDraft { saveState = overlay.draftStatus.text(language) }
        else if let reason = store.readOnlyReason { saveState = readOnlyStatus(reason) }
        else if directoryReadOnly { saveState = UIText.statusDirectoryReadOnly.text(language) }
        else { saveState = UIText.statusSaved.text(language) }
        let right = saveState + " · " + DateText.clock(clock()) + " "
        let rightWidth = min(DisplayWidth.of(right), canvas.size.width / 2)
        var leftRoom = canvas.size.width - rightWidth - 1
        if let timer = TimerText(workshop: workshop, now: clock(), language: language) {
            // The countdown sits left of the save state; over time it turns red for the moderator.
            let text = " " + timer.line + " "
            let width = min(DisplayWidth.of(text), max(leftRoom - 24, 0))
            if width > 8 {
                let x = canvas.size.width - rightWidth - width - 1
                canvas.draw(text.truncated(toWidth: width), x: x, y: y, style: timer.isOver ? .error : .selection)
                leftRoom = x - 1
            }
        }
        canvas.draw(left, x: 0, y: y, style: .statusBar, maxWidth: leftRoom)
        let alarm = writeFailure != nil || lockWaitSeconds != nil || (directoryReadOnly && overlay?.hasDraft != true)
        canvas.draw(right.truncated(toWidth: rightWidth), x: canvas.size.width - rightWidth, y: y,
                    style: alarm ? .error : .statusBar)
    }

    /// "nur lesen", with the reason when it was not asked for, and "as opened" when changes
    /// made elsewhere do not show.
    private func readOnlyStatus(_ reason: ReadOnlyReason) -> String {
        var details: [String] = []
        if reason != .requested { details.append(reason.label(language)) }
        if !store.followsChanges { details.append(UIText.readOnlyAsOpened.text(language)) }
        let base = UIText.statusReadOnly.text(language)
        return details.isEmpty ? base : base + ": " + details.joined(separator: ", ")
    }

    private func renderTooSmall(into canvas: inout Canvas) {
        let size = canvas.size
        // Both texts are wrapped: in a very narrow window a cut headline would show a wrong size.
        let width = max(size.width - 2, 1)
        let headline = TextWrapper.wrap(UIText.terminalTooSmall.format(language, size.width, size.height), width: width)
        let lines = headline
            + TextWrapper.wrap(UIText.terminalTooSmallHint.format(language, Self.minimumSize.width, Self.minimumSize.height),
                               width: width)
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            canvas.draw(line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: top + index,
                        style: index < headline.count ? .error : .normal)
        }
    }
}
