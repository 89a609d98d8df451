import Foundation

/// Validates profile-form commands and decides their events: inserts, replacements and
/// removals of ``Profile`` and ``ProfileTemplate``, and the assessment grid. A command's events
/// form one record, so one undo reverses it.
enum ProfileDecider {
    static func decide(_ command: ProfileCommand, in workshop: Workshop,
                       makeID: () -> EntityID) throws(CommandError) -> [WorkshopEvent] {
        switch command {
        case let .addProfile(templateID, rawTitle, source):
            guard let template = workshop.profileTemplate(templateID) else { throw .unknownItem }
            guard Profile.numberRange.contains(workshop.nextProfileNumber) else {
                throw .invalidProfileNumber(workshop.nextProfileNumber)
            }
            var profile = Profile(id: makeID(), templateID: templateID, number: workshop.nextProfileNumber,
                                  title: "")
            var title = rawTitle
            switch source {
            case .fresh:
                break
            case let .card(cardID):
                guard let card = workshop.cards.first(where: { $0.id == cardID }) else { throw .unknownItem }
                let lines = card.text.split(separator: "\n", maxSplits: 1).map(String.init)
                if TextSanitizer.clean(title, multiline: false).isEmpty { title = shortened(lines.first ?? "") }
                if lines.count > 1, let summary = template.summaryFieldID { profile.values[summary] = lines[1] }
                profile.sourceCardID = cardID
            case let .topic(topicID):
                guard let topic = workshop.topic(topicID) else { throw .unknownItem }
                if TextSanitizer.clean(title, multiline: false).isEmpty { title = topic.label }
                profile.sourceTopicID = topicID
                profile.sourceCardID = topic.sourceCardID
            }
            profile.title = try TextFieldKind.profileTitle.validate(title)
            return [.profiles(change: .insert(item: profile, at: workshop.profiles.count))]

        case let .addProfilesForPrioritised(matrixID, templateID):
            guard let matrix = workshop.matrix(matrixID), workshop.profileTemplate(templateID) != nil else {
                throw .unknownItem
            }
            let prioritised = workshop.prioritisedTopics(of: matrixID)
            guard !prioritised.isEmpty else { throw .nothingPrioritised(matrix.title) }
            let described = Set(workshop.profiles.compactMap(\.sourceTopicID))
            var number = workshop.nextProfileNumber
            var events: [WorkshopEvent] = []
            for topic in prioritised where !described.contains(topic.id) {
                guard Profile.numberRange.contains(number) else { throw .invalidProfileNumber(number) }
                let profile = Profile(id: makeID(), templateID: templateID, number: number,
                                      title: shortened(topic.label), sourceCardID: topic.sourceCardID,
                                      sourceTopicID: topic.id)
                events.append(.profiles(change: .insert(item: profile, at: workshop.profiles.count + events.count)))
                number += 1
            }
            return events

        case let .removeProfile(id):
            let old = try profile(id, in: workshop)
            return [.profiles(change: .remove(item: old, at: workshop.profiles.firstIndex(of: old)!))]

        case let .setTitle(id, title, basedOn):
            let old = try profile(id, in: workshop)
            var new = old
            new.title = try TextFieldKind.profileTitle.validate(title)
            if let basedOn, new != old, basedOn != old.title { throw .editConflict(.profileTitle, current: old.title) }
            return replace(old, with: new)

        case let .setField(id, fieldID, raw, basedOn):
            let old = try profile(id, in: workshop)
            let field = try self.field(fieldID, of: old, in: workshop)
            var new = old
            let text = try validate(raw, for: field)
            new.values[fieldID] = text.isEmpty ? nil : text
            if let basedOn, new != old, basedOn != old.value(fieldID) {
                throw .editConflict(.profileField(field.name), current: EditConflict.excerpt(old.value(fieldID)))
            }
            return replace(old, with: new)

        case let .addNote(id, fieldID, raw):
            let old = try profile(id, in: workshop)
            _ = try field(fieldID, of: old, in: workshop)
            var new = old
            new.notes.append(ProfileNote(id: makeID(), fieldID: fieldID, text: try TextFieldKind.profileNote.validate(raw)))
            return replace(old, with: new)

        case let .removeNote(id, noteID):
            let old = try profile(id, in: workshop)
            var new = old
            guard let index = new.notes.firstIndex(where: { $0.id == noteID }) else { throw .unknownItem }
            new.notes.remove(at: index)
            return replace(old, with: new)

        case let .adoptNotes(id, fieldID):
            let old = try profile(id, in: workshop)
            let field = try self.field(fieldID, of: old, in: workshop)
            let notes = old.notes(on: fieldID)
            guard !notes.isEmpty else { return [] }
            var new = old
            let parts = (old.value(field.id).isEmpty ? [] : [old.value(field.id)]) + notes.map(\.text)
            new.values[field.id] = try validate(parts.joined(separator: field.isMultiline ? "\n" : " "), for: field)
            new.notes.removeAll { $0.fieldID == fieldID }
            return replace(old, with: new)

        case let .setFunnel(id, funnel):
            let old = try profile(id, in: workshop)
            var new = old
            new.funnel = funnel
            return replace(old, with: new)

        case let .setModerators(id, names):
            let old = try profile(id, in: workshop)
            let wanted = names.map { TextSanitizer.clean($0, multiline: false) }.filter { !$0.isEmpty }
            guard wanted.count <= Profile.moderatorLimit else { throw .tooManyModerators(wanted.count) }
            var ids: [EntityID] = []
            for name in wanted {
                let person = try moderator(named: name, in: workshop)
                if !ids.contains(person.id) { ids.append(person.id) }
            }
            var new = old
            new.moderatorIDs = ids
            return replace(old, with: new)

        case let .setNumber(id, number):
            let old = try profile(id, in: workshop)
            guard Profile.numberRange.contains(number) else { throw .invalidProfileNumber(number) }
            if let clash = workshop.profiles.first(where: { $0.id != id && $0.number == number }) {
                throw .duplicateProfileNumber(number, title: clash.title)
            }
            var new = old
            new.number = number
            return replace(old, with: new)

        case let .setAssessment(id, criterionID, level):
            let old = try profile(id, in: workshop)
            guard workshop.assessmentGrid.criteria.contains(where: { $0.id == criterionID }) else { throw .unknownItem }
            let top = workshop.assessmentGrid.levels.count - 1
            if let level, !(0...top).contains(level) { throw .assessmentLevelOutOfRange(level + 1, maximum: top + 1) }
            var new = old
            new.assessment[criterionID] = level
            return replace(old, with: new)

        case let .setAssessmentGrid(rawCriteria, rawLevels):
            let old = workshop.assessmentGrid
            let names = try cleanList(rawCriteria, kind: .criterionName, allowed: AssessmentGrid.criteriaRange,
                                      count: CommandError.assessmentCriteriaCount)
            let levels = try cleanList(rawLevels, kind: .levelLabel, allowed: AssessmentGrid.levelRange,
                                       count: CommandError.assessmentLevelCount)
            let ids = keptIDs(old: old.criteria.map { ($0.id, $0.name) }, new: names, makeID: makeID)
            let new = AssessmentGrid(criteria: zip(ids, names).map { AssessmentCriterion(id: $0, name: $1) }, levels: levels)
            guard new != old else { return [] }
            // Ratings follow their step by its name; a step that is gone maps to the same
            // relative height on the new scale, so no rating silently changes meaning.
            let remapped = { (level: Int) -> Int in
                let label = old.levels.indices.contains(level) ? old.levels[level] : ""
                if let same = levels.firstIndex(where: { sameText($0, label) }) { return same }
                let fraction = Double(min(level, old.levels.count - 1)) / Double(max(old.levels.count - 1, 1))
                return Int((fraction * Double(levels.count - 1)).rounded())
            }
            var events: [WorkshopEvent] = [.assessmentGrid(old: old, new: new)]
            for profile in workshop.profiles where !profile.assessment.isEmpty {
                var changed = profile
                changed.assessment = profile.assessment.mapValues(remapped)
                events += replace(profile, with: changed)
            }
            return events

        case let .addTemplate(name, specs):
            let template = ProfileTemplate(id: makeID(), name: try templateName(name, except: nil, in: workshop),
                                           fields: try fields(specs, keeping: [], makeID: makeID))
            return [.profileTemplates(change: .insert(item: template, at: workshop.profileTemplates.count))]

        case let .editTemplate(id, name, specs):
            let old = try customTemplate(id, in: workshop)
            var new = old
            new.name = try templateName(name, except: id, in: workshop)
            new.fields = try fields(specs, keeping: old.fields, makeID: makeID)
            if let summary = old.summaryFieldID, new.field(summary) == nil { new.summaryFieldID = new.fields.first?.id }
            return new == old ? [] : [.profileTemplates(change: .replace(old: old, new: new))]

        case let .removeTemplate(id):
            let old = try customTemplate(id, in: workshop)
            let users = workshop.profiles.filter { $0.templateID == id }.count
            guard users == 0 else { throw .templateInUse(old.name, count: users) }
            return [.profileTemplates(change: .remove(item: old, at: workshop.profileTemplates.firstIndex(of: old)!))]
        }
    }

    // MARK: Helpers

    /// A title from a longer text: cut to the title limit with "…".
    private static func shortened(_ text: String) -> String {
        let clean = TextSanitizer.clean(text, multiline: false)
        let limit = TextFieldKind.profileTitle.limit
        guard clean.count > limit else { return clean }
        return clean.prefix(limit - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// A field text, cleaned; too long is refused naming the field.
    private static func validate(_ raw: String, for field: ProfileField) throws(CommandError) -> String {
        let text = TextSanitizer.clean(raw, multiline: field.isMultiline)
        let limit = TextFieldKind.profileField.limit
        if text.count > limit { throw .profileFieldTooLong(field.name, limit: limit, length: text.count) }
        return text
    }

    /// The moderator `name` stands for: the full name, or any unique beginning of it or of
    /// one of its words (a surname alone), ignoring case and accents (``NameMatcher``).
    private static func moderator(named name: String, in workshop: Workshop) throws(CommandError) -> Person {
        switch NameMatcher(names: workshop.moderators.map(\.name)).match(name) {
        case let .found(found):
            guard let person = workshop.moderators.first(where: { $0.name == found }) else { throw .unknownItem }
            return person
        case let .ambiguous(candidates):
            throw .ambiguousModerator(name, candidates: candidates)
        case let .notFound(suggestion):
            throw .unknownModerator(name, suggestion: suggestion)
        }
    }

    private static func cleanList(_ raw: [String], kind: TextFieldKind, allowed: ClosedRange<Int>,
                                  count error: (Int) -> CommandError) throws(CommandError) -> [String] {
        var items: [String] = []
        for entry in raw where !TextSanitizer.clean(entry, multiline: false).isEmpty {
            let item = try kind.validate(entry)
            if items.contains(where: { sameText($0, item) }) { throw .duplicateName(item) }
            items.append(item)
        }
        guard allowed.contains(items.count) else { throw error(items.count) }
        return items
    }

    private static func templateName(_ raw: String, except id: EntityID?, in workshop: Workshop) throws(CommandError) -> String {
        let name = try TextFieldKind.templateName.validate(raw)
        if workshop.allProfileTemplates.contains(where: { $0.id != id && sameText($0.name, name) }) {
            throw .duplicateName(name)
        }
        return name
    }

    /// Validated fields; a field keeps the id of an old field with the same name.
    private static func fields(_ specs: [ProfileFieldSpec], keeping old: [ProfileField],
                               makeID: () -> EntityID) throws(CommandError) -> [ProfileField] {
        var fields: [ProfileField] = []
        let named = specs.filter { !TextSanitizer.clean($0.name, multiline: false).isEmpty }
        var names: [String] = []
        for spec in named {
            let name = try TextFieldKind.fieldName.validate(spec.name)
            if names.contains(where: { sameText($0, name) }) { throw .duplicateName(name) }
            names.append(name)
        }
        let ids = keptIDs(old: old.map { ($0.id, $0.name) }, new: names, makeID: makeID)
        for (index, spec) in named.enumerated() {
            fields.append(ProfileField(id: ids[index], name: names[index], hint: try TextFieldKind.fieldHint.validate(spec.hint),
                                       isMultiline: spec.isMultiline, isRequired: spec.isRequired))
        }
        guard (1...ProfileTemplate.fieldLimit).contains(fields.count) else { throw .templateFieldCount(fields.count) }
        return fields
    }

    /// The ids for a renamed list (fields, criteria): an entry keeps the id of the old entry
    /// with its name; otherwise, a renamed entry keeps the id of the old entry at its place
    /// whose name is no longer in the list (so a corrected typo keeps the texts and ratings
    /// stored under it); new entries get new ids.
    private static func keptIDs(old: [(id: String, name: String)], new names: [String],
                                makeID: () -> EntityID) -> [String] {
        var used = Set<String>()
        var ids = names.map { name -> String? in
            guard let match = old.first(where: { sameText($0.name, name) }) else { return nil }
            used.insert(match.id)
            return match.id
        }
        for index in ids.indices where ids[index] == nil {
            if old.indices.contains(index), !used.contains(old[index].id),
               !names.contains(where: { sameText($0, old[index].name) }) {
                ids[index] = old[index].id
                used.insert(old[index].id)
            }
        }
        return ids.map { $0 ?? makeID().rawValue }
    }

    private static func sameText(_ first: String, _ second: String) -> Bool {
        first.compare(second, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
    }

    private static func replace(_ old: Profile, with new: Profile) -> [WorkshopEvent] {
        new == old ? [] : [.profiles(change: .replace(old: old, new: new))]
    }

    private static func profile(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> Profile {
        guard let profile = workshop.profile(id) else { throw .unknownItem }
        return profile
    }

    private static func field(_ id: String, of profile: Profile, in workshop: Workshop) throws(CommandError) -> ProfileField {
        guard let field = workshop.profileTemplate(profile.templateID)?.field(id) else { throw .unknownItem }
        return field
    }

    private static func customTemplate(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> ProfileTemplate {
        if let builtIn = ProfileTemplate.builtIn.first(where: { $0.id == id }) { throw .builtInTemplate(builtIn.name) }
        guard let template = workshop.profileTemplates.first(where: { $0.id == id }) else { throw .unknownItem }
        return template
    }
}
