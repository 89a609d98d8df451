import Foundation

/// Every text the program shows, in German and English: the one string table.
///
/// Placeholders `{1}`, `{2}`, … are filled by ``format(_:_:)``.
public enum UIText: String, CaseIterable, Sendable {
    // Field and list names
    case fieldTitle, fieldDate, fieldPlace, fieldName, fieldOrganisation, fieldAgendaTitle
    case fieldMinutes, fieldKind
    case fieldBoardTitle, fieldHeading, fieldCardText, fieldCardAuthor, fieldTag, fieldModerator
    case fieldQuestion, fieldProposalTitle, fieldProposalDescription, fieldRaterName
    case participants, moderators, agenda, boards, card
    case kindPlenary, kindThemeTables, kindSwot, kindGuidingGoals, kindMateriality
    case kindProfileForms, kindConsensing, kindPause

    // Command errors
    case errorEmptyText, errorTextTooLong, errorInvalidDate, errorInvalidMinutes
    case errorDuplicatePerson, errorUnknownItem, errorNothingToUndo, errorNothingToRedo
    case errorHistoryConflict, errorTooManyTags, errorFixedHeading, errorInvalidCardRelation
    case errorBadLines

    // Several moderators on one file: edit conflicts
    case errorEditConflictCard, errorEditConflictHeading, errorEditConflictField, errorEditConflictFieldEmptied
    case conflictSaveAnyway, conflictFieldKeys, conflictTookTheirs, cardRemovedMeanwhile, profileRemovedMeanwhile
    case fieldRemovedMeanwhile, profileNoteKept

    // Consensing: command errors
    case errorRatingOutOfRange, errorRoundNeedsProposals, errorRoundNeedsRaters, errorInvalidChooseCount
    case errorInvalidScale, errorDuplicateProposal, errorDuplicateRater, errorRaterAlreadyRated
    case errorPassiveSolution, errorRoundClosed

    // Consensing: event log
    case logRatingSet, logRatingCleared, logRatingSetShort, logRatingClearedShort
    case logRoundRevealed, logRoundClosed, logRoundReopened, logRoundChanged, logNothingChosen
    case logProposalAdded, logProposalRemoved, logProposalChanged, logRatersAdded, logRaterRemoved

    // Quick decisions: kinds, options, command errors, event log
    case quickKindShowOfHands, quickKindDotVoting, quickKindPositioning, quickKindSignatures
    case quickHandsFor, quickHandsAgainst, quickHandsAbstain, fieldOptionLabel
    case errorOptionCount, errorDuplicateOption, errorDotsPerPerson, errorSegmentCount, errorPoleMissing
    case errorCountOutOfRange, errorOptionIndex, errorDecisionRecorded, errorDuplicateSignature
    case errorUnknownSignature, errorNotASignatureList
    case logQuickCount, logQuickSigned, logQuickUnsigned, logQuickRecorded, logQuickReopened, logQuickChanged
    case logQuickAdopted, logQuickRejected, logQuickTie, logQuickSignatureCount

    // Materiality: fields, axes, answers, command errors, event log
    case fieldAxisName, fieldAxisPole, fieldQuadrantName, axisHorizontal, axisVertical
    case comparisonAnswerMore, comparisonAnswerLess, comparisonAnswerEqual
    case errorAxisNameMissing, errorQuadrantNameCount, errorDuplicateTopic, errorTooManyTopics
    case errorSortingNeedsTwoTopics, errorNoSorting, errorSortingFinished, errorNoAnswerToTakeBack
    case errorSortingNotFinished, errorInvalidPosition
    case logSortingStarted, logSortingDropped, logSortingAnswer, logSortingTakenBack, logMatrixChanged
    case logTopicPlaced, logTopicUnplaced

    // Profile forms: fields, funnel, command errors, event log, screens, keys
    case fieldProfileTitle, fieldProfileField, fieldProfileNote, fieldTemplateName, fieldFieldName, fieldFieldHint
    case fieldCriterion, fieldLevel, fieldFunnel, fieldProfileModerators, fieldProfileNumber, fieldCriteriaList
    case fieldLevelList, fieldTemplateFields, fieldTemplate, profile, template
    case funnelRealLab, funnelOwnProject, funnelNoDriver, funnelUnsorted, funnelAlternative, funnelLegend
    case errorProfileFieldTooLong, errorUnknownModerator, errorTooManyModerators, errorDuplicateProfileNumber
    case errorInvalidProfileNumber, errorAssessmentLevel, errorAssessmentCriteriaCount, errorAssessmentLevelCount
    case errorUnknownModeratorSuggestion
    case errorDuplicateName, errorTemplateFieldCount, errorTemplateInUse, errorBuiltInTemplate
    case logProfileField, logProfileTitle, logProfileFunnel, logProfileModerators, logProfileNumber
    case logProfileAssessment, logProfileNotes, logAssessmentGrid
    case catalogTitle, catalogEmpty, catalogNumber, catalogIdea, catalogSummary, catalogFunnel, catalogModerators
    case catalogAssessment, catalogFilter, catalogOrder, catalogCount, filterAll, filterMixed, filterUnsorted
    case orderNumber, orderTitle, orderFunnel, profileMissing, profileEmptyField
    case profileIllustrative, profileFieldSaved, profileAssessmentTitle, profileNotRated
    case templateSingleLine, templateRequired, profileRequired, profileRemoveQuestion, profileCreated, profilesCreated, profilesAllDescribed, profileSource, profileRemoved, chooseTemplate
    case templateSaved, templateRemoved, templatesTitle, templateBuiltIn, templateFieldCount, profileNoteAdopted
    case keyCatalog, keyFilterFunnel, keySortCatalog, keyNewProfile, keyPoster, keyAssessmentGrid, keyTemplates
    case keyRemoveProfile, keyProfilesFromMatrix, keyEditField, keyNextField, keyPreviousField, keyAddNote
    case keyAdoptNote, keyRemoveNote, keyFunnel, keyProfileModerators, keyProfileNumber, keyProfileTitle
    case keyRate, keyClearRating, keyProfileFromCard, keyNewTemplate, keyEditTemplate, keyRemoveTemplate

    // Consensing: CSV import of values
    case csvLine, csvNothingImported, csvEmptyFile, csvNoRows, csvNameColumnMissing, csvUnknownProposal
    case csvDuplicateColumn, csvEmptyColumnTitle, csvWrongColumnCount, csvNotANumber, csvOutOfRange
    case csvEmptyName, csvNameTooLong, csvDuplicateRater, csvRaterHasValues, csvUnclosedQuote

    // Store errors
    case storeNotAWorkshop, storeDamaged, storeNewerSchema, storeAlreadyExists
    case storeCannotCreate, storeCannotOpen, storeCannotWrite, storeMissing
    case storeIsDirectory, storeUnknownStructure

    // Integrity: checksums, `check` and `recover`
    case storeIntegrity, integrityRecordChanged, integrityRecordUnreadable, integrityRecordMissing, integrityRecordsMissing
    case integrityRecordWithoutChecksum, integritySnapshotChanged, integritySnapshotUnreadable, integritySnapshotDiffers
    case integrityNoRecords, integrityDatabase
    case checkSound, checkSoundUnhashed, checkSnapshotMatches, checkNoSnapshot, checkNoChecksums, checkDamaged
    case recoverWritten, recoverNothingLost, recoverLost, recoverRecord, recoverRecords, recoverUnknownAuthor
    case recoverBridged, recoverSummaryLost, recoverNothingIntact
    case storeDiskFull, storeLocked, storeReadOnly, storeNoRoomToCreate, storeOpenedReadOnly, storeWaitingForLock
    case storeDirectoryBecameReadOnly, storeExitNotSaved, storeExitUnsavedTexts, copyWritten, commandCopyUsage
    case readOnlyFileNotWritable, readOnlyDirectoryNotWritable, readOnlyMedia, readOnlySideFilesNotWritable, readOnlyAsOpened
    case readOnlyRequestedAdvice, readOnlyFileNotWritableAdvice, readOnlyDirectoryNotWritableAdvice, readOnlyMediaAdvice
    case readOnlySideFilesNotWritableAdvice

    // Event log
    case logDate, logInfoChanged, logMoreEvents, logKindCreation, logKindChange, logKindUndo, logKindRedo
    case logAdded, logRemoved, logReplaced, logMoved, logCardMoved

    // Command line interface
    case cliNeedsTerminal, cliCreated, cliMoreEvents
    case terminalTypeUnset, terminalTypeUnknown, terminalNoTerminfo, terminalNoCursorAddressing, terminalCannotStart

    // Shell
    case statusSaved, statusDraft, statusDraftEscape, statusReadOnly
    case statusNotSaved, statusNotSavedDiskFull, statusNotSavedGone, statusNotSavedLocked, statusNotSavedReadOnly
    case statusWaitingForLock, statusDirectoryReadOnly
    case statusDraftForm
    case helpTitle, helpClose, helpGlobalSection, helpScreenSection
    case terminalTooSmall, terminalTooSmallHint
    case commandUnknown, commandLanguageSet
    case confirmYesNo, cancelled, noChange
    case saved, removed, undone, redone
    case formSaveHint, formNextField
    case textInputHelp, errorNotANumber
    case draftKept, draftBroughtBack, draftRestored, draftsRestored, draftEscapeKeeps
    case promiseSaveAndNext, promiseSaveAndClose, promiseSaveAndNextField, promiseNextField, promiseNewLine
    case pasteShortened
    case formCompleteHint, formNameCandidates, formEscapeAgain, formDraftKept
    case formNewLineHint

    // Home screen
    case homeTitle, homeAgendaEmpty, homePeopleEmpty, homeMinutes, homeTotalDuration
    case homeCountPeople, homeInstrumentNotYet, homeNoInstrument, homeIllustrativeNote
    case homeEditInfoTitle, homeAddPerson, homeEditPerson, homeRemovePersonQuestion
    case homeAddAgenda, homeEditAgenda, homeRemoveAgendaQuestion
    case fieldPersonLines, homePeopleAdded

    // Boards
    case boardKindThemeTable, boardKindMindMap, boardKindStrategyCards, noModerator
    case boardScreenTitle, boardNoHeadings, boardGone, cardCount, cardLegend, columnEmpty
    case cardRemoved, cardMoved, cardReleased, cardGrouped, linkPickerTitle, linkAdded, linkRemoved
    case movePickerTitle, searchTitle, searchNothing, removeHeadingQuestion, removeBoardQuestion
    case overviewTitle, overviewEmpty, overviewMoreHeadings, plenaryPage, plenaryContinued, keyScrollDown, keyScrollUp, aggregateTitle
    case cardSaved, cardEntryNew, cardEntryNewCluster, cardEntryEdit, fieldAuthorShort, fieldTagsShort
    case cardSavedUndo, cardChangedUndo, clusterFormed, noFreeCardBelow, clusterPickerTitle, keyFormCluster

    // Consensing screens
    case roundsTitle, roundsEmpty, roundProgress, roundProgressLong, roundFacts, roundTitle, roundGone
    case statusCollecting, statusRevealed, statusClosed, ruleLeaveOut, ruleCountAsMaximum, ruleCountAsMidpoint
    case fieldProposals, fieldRaters, fieldScale, fieldChooseCount, fieldMissingRule, fieldCSVPath
    case keyRounds, keyNewRound, keyRemoveRound, removeRoundQuestion, keyPreviousProposal, keyNextProposal, keyPreviousRater
    case keyNextRater, keyToggleDirection, keyClearValue, keyReveal, keyToggleResult, keyTally, keyCloseRound
    case keyReopenRound, keyAddRater, keyImportCSV, valueOutOfScale, directionByRater, directionByProposal
    case revealed, revealedWithMissing, closeRoundQuestion, roundClosed, roundReopened, raterAdded
    case columnRank, columnResistance, columnMean, columnAcceptance, columnProposal, markNotAcceptable
    case resultLegend, tieAtCut, tallyCollecting, tallyBestAcceptance, tallyLegend, tallyMissing
    case csvCannotRead, csvImported, keyEditProposal, keyAddProposal, keyRemoveProposal, removeProposalQuestion
    case removePassiveQuestion

    // Quick decisions screens
    case quickTitle, quickEmpty, keyQuick, keyNewQuick, keyPreviousOption, keyNextOption, keyIncrement, keyDecrement
    case keySetCount, keyAddSignature, keyRemoveSignature, keyRecord, keyRemoveQuick, quickRecorded, removeQuickQuestion
    case quickTotal, quickDots, quickStacking, quickNoStacking, quickOpen, quickRecordedShort, quickTie, quickAdopted
    case quickRejected, quickLeading, fieldDecisionTitle, fieldOptions, fieldDotsPerPerson, fieldStacking, fieldPoles
    case fieldSegments, fieldCount, yes, no, quickSegment, quickReopened, keyReopenQuick

    // Materiality screens
    case matricesTitle, matricesEmpty, keyMatrices, keyNewMatrix, keyEditMatrix, keyRemoveMatrix, removeMatrixQuestion
    case topicCount, topicsEmpty, matrixTitle, matrixGone, keySortX, keySortY, keyPriorityList, keyAddTopics
    case keyTopicsFromCards, keyRenameTopic, keyRemoveTopic, keyTopicLeft, keyTopicRight, keyTopicUp, keyTopicDown
    case keyNextTopic, keyPreviousTopic, topicFromCardTitle, topicAdded, fieldMatrixTitle, fieldXAxis, fieldYAxis
    case fieldTopics, fieldTopic, comparisonTitle, keyAnswerMore, keyAnswerLess, keyAnswerEqual, keyTakeBack
    case answerTakenBack, sortingApplied, comparisonProgress, comparisonQuestion, comparisonVersus, comparisonKeys
    case priorityTitle, priorityCut, notPlaced, errorNothingPrioritised, keyProfilePlaceholders, placeholdersCreated

    // Key help
    case keyQuit, keyHelp, keyCommandLine, keyBack, keyNextPane, keyPreviousPane
    case keyUp, keyDown, keyPageUp, keyPageDown, keyTop, keyBottom
    case keyNameSpace, keyNameControl, keyNameDelete, keyNameHome, keyNameEnd, keyNamePageUp, keyNamePageDown
    case keySearch, keyLeft, keyRight, keyNextBoard, keyPreviousBoard, keyBoards, keyNewCard, keyNewCluster, keyGroup
    case keyMoveLeft, keyMoveRight, keyRelocate, keyLink, keyAddHeading, keyRenameHeading, keyRemoveHeading
    case keyHeadingLeft, keyHeadingRight, keyTogglePrepared, cardPrepared, cardFromRoom
    case keyPresent, keyAggregate, keyEditCard, keyRemoveCard, keyNewBoard, keyEditBoard, keyRemoveBoard, keyNextPage, keyPreviousPage
    case keyOpen, keyAdd, keyEdit, keyDelete, keyUndo, keyRedo, keyMoveUp, keyMoveDown, keyEditInfo

    // Protocol export
    case protocolHeadline, protocolContents, protocolFooter, protocolMeeting, protocolDate, protocolTotal
    case protocolColumnNumber, protocolCardLegend, protocolCards, protocolNoCards, protocolPrepared
    case protocolAggregationNote, protocolTagTitle, protocolLinkedCards
    case protocolMateriality, protocolAxis, protocolAxisX, protocolAxisY, protocolTopics, protocolPrioritised
    case protocolIllustrative, protocolMatrixCaption, protocolCutLine, protocolColumnTopic, protocolColumnQuadrant
    case protocolStatus, protocolRaters, protocolVotingRunning, protocolNothingChosen, protocolChosen
    case protocolAcceptanceChart, protocolResultLegend, protocolColumnMissing, protocolColumnOutcome
    case protocolMarkChosen, protocolMarkPassive, protocolMarkNotAcceptable
    case protocolPoles, protocolSignatureCount, protocolColumnOption, protocolRecordedAt
    case protocolColumnBoard, protocolColumnAuthor, protocolColumnTags, protocolColumnX, protocolColumnY
    case protocolColumnRound, protocolColumnRater, protocolColumnKind
    case exportNeedsDirectory, exportCannotWrite, exportSemicolonOnlyCSV, exportWritten, commandExportUsage
    case writeProblemNoDirectory, writeProblemPermission, writeProblemReadOnly, writeProblemNoSpace
    case writeProblemIsDirectory, writeProblemNotADirectory
    case writeProblemNoPath

    // Projector and timebox
    case templateProjectIdea, templateRealLab, builtInDescription, builtInDescriptionHint, builtInInterfaces
    case builtInInterfacesHint, builtInSchedule, builtInLead, builtInLeadHint, builtInPartners, builtInResources
    case builtInResourcesHint, builtInSupport, builtInSupportHint, builtInTargetGroup, builtInAssessmentNotes
    case builtInAssessmentNotesHint, builtInMandate, builtInMandateHint, builtInResearch, builtInTransdisciplinarity
    case builtInTransdisciplinarityHint, builtInTimeline, builtInTargetState
    case writeProblemIsWorkshop, errorNoTimer, errorAmbiguousModerator, timerReplaceQuestion, timerStopQuestion, templateRemoveQuestion, keyNextProfile, keyPreviousProfile, keyRateHelp, logKindSession, logProjection, logTimerStarted, logTimerPaused, logTimerResumed
    case logTimerExtended, logTimerStopped, projectionTitle, projectionBoard, projectionMatrix, projectionTally
    case projectionProfile, projectionTimer, projectedNow, notProjectable, timerRunning, timerPaused, timerOver
    case timerNone, timerStarted, timerStopped, timerExtended, keyProject, keyProjectTimer, keyProjectTitle
    case keyPauseTimer, keyAddMinute, keyStartTimer, keyStopTimer, presentWaiting, storeVanished, timerTimeUp
    case timerPlanned, timerPausedShort, cliPresentAbstract

    // Protocol export: profiles
    case protocolProfiles, protocolProfilesFollow, protocolProfileStillEmpty, protocolProfileNote
    case protocolColumnField, protocolColumnText, protocolColumnIllustrative, protocolProfileAllIllustrative

    /// German and English text of this entry.
    private var entry: (de: String, en: String) {
        switch self {
        case .fieldTitle: ("Titel", "Title")
        case .fieldDate: ("Datum (TT.MM.JJJJ oder JJJJ-MM-TT)", "Date (DD.MM.YYYY or YYYY-MM-DD)")
        case .fieldPlace: ("Ort", "Place")
        case .fieldName: ("Name", "Name")
        case .fieldOrganisation: ("Organisation", "Organisation")
        case .fieldAgendaTitle: ("Tagesordnungspunkt", "Agenda item")
        case .fieldMinutes: ("Minuten", "Minutes")
        case .fieldBoardTitle: ("Titel der Pinnwand", "Board title")
        case .fieldHeading: ("Überschrift", "Heading")
        case .fieldCardText: ("Kartentext", "Card text")
        case .fieldCardAuthor: ("Von (wer hat es gesagt?)", "By (who said it?)")
        case .fieldTag: ("Schlagwort", "Tag")
        case .fieldModerator: ("Moderation", "Moderator")
        case .fieldKind: ("Instrument", "Instrument")
        case .fieldQuestion: ("Frage", "Question")
        case .fieldProposalTitle: ("Vorschlag", "Proposal")
        case .fieldProposalDescription: ("Beschreibung des Vorschlags", "Description of the proposal")
        case .fieldRaterName: ("Name der bewertenden Person", "Name of the rater")
        case .participants: ("Teilnehmende", "Participants")
        case .moderators: ("Moderation", "Moderators")
        case .agenda: ("Ablauf", "Agenda")
        case .boards: ("Pinnwände", "Boards")
        case .card: ("Karte", "Card")
        case .kindPlenary: ("Plenum", "Plenary")
        case .kindThemeTables: ("Thementische", "Theme tables")
        case .kindSwot: ("SWOT-Analyse", "SWOT analysis")
        case .kindGuidingGoals: ("Leitbild und Leitziele", "Guiding statement and goals")
        case .kindMateriality: ("Wesentlichkeitsmatrix", "Materiality matrix")
        case .kindProfileForms: ("Steckbriefe", "Profile forms")
        case .kindConsensing: ("Systemisches Konsensieren", "Systemic consensing")
        case .kindPause: ("Pause", "Break")

        case .errorEmptyText: ("„{1}“ ist leer. Bitte einen Text eingeben.", "“{1}” is empty. Please type a text.")
        case .errorTextTooLong:
            ("„{1}“ ist zu lang: {3} Zeichen, höchstens {2} erlaubt. Bitte kürzen.",
             "“{1}” is too long: {3} characters, at most {2} allowed. Please shorten it.")
        case .errorInvalidDate:
            ("„{1}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ oder JJJJ-MM-TT eingeben, z. B. 23.03.2017 oder 2017-03-23.",
             "“{1}” is not a valid date. Please type it as DD.MM.YYYY or YYYY-MM-DD, e.g. 23.03.2017 or 2017-03-23.")
        case .errorInvalidMinutes:
            ("{1} Minuten geht nicht: bitte eine Dauer von 0 bis {2} Minuten eingeben.",
             "{1} minutes is not possible: please enter a duration from 0 to {2} minutes.")
        case .errorDuplicatePerson:
            ("„{1}“ steht schon in der Liste {2}. Bitte den Namen unterscheidbar machen.",
             "“{1}” is already in the list {2}. Please make the name distinguishable.")
        case .errorBadLines:
            ("Nichts hinzugefügt – {1} Zeile(n) gehen so nicht: {2}", "Nothing added – {1} line(s) do not work: {2}")
        case .errorUnknownItem:
            ("Dieser Eintrag existiert nicht mehr (vielleicht an einem anderen Platz gelöscht).",
             "This entry no longer exists (perhaps deleted at another seat).")
        case .errorTooManyTags:
            ("Zu viele Schlagworte: höchstens {1} pro Karte.", "Too many tags: at most {1} per card.")
        case .errorFixedHeading:
            ("„{1}“ ist ein festes Feld dieser Pinnwand und kann nicht entfernt werden.",
             "“{1}” is a fixed field of this board and cannot be removed.")
        case .errorInvalidCardRelation:
            ("Das geht nicht: eine Karte kann nicht auf sich selbst verweisen, und gruppiert wird nur unter einer runden Karte derselben Überschrift.",
             "Not possible: a card cannot point to itself, and cards are grouped only under a round card of the same heading.")
        case .errorNothingToUndo: ("Nichts zum Rückgängigmachen.", "Nothing to undo.")
        case .errorNothingToRedo: ("Nichts zum Wiederherstellen.", "Nothing to redo.")
        case .errorHistoryConflict:
            ("Geht nicht mehr: die Einträge wurden inzwischen geändert.",
             "Not possible any more: the entries have been changed since.")
        case .errorEditConflictCard:
            ("Diese Karte wurde inzwischen an einem anderen Platz geändert: „{1}“.",
             "This card has been changed at another seat meanwhile: “{1}”.")
        case .errorEditConflictHeading:
            ("Diese Überschrift wurde inzwischen an einem anderen Platz geändert: „{1}“.",
             "This heading has been changed at another seat meanwhile: “{1}”.")
        case .errorEditConflictField:
            ("Das Feld „{1}“ wurde inzwischen an einem anderen Platz geändert: „{2}“.",
             "The field “{1}” has been changed at another seat meanwhile: “{2}”.")
        case .errorEditConflictFieldEmptied:
            ("Das Feld „{1}“ wurde inzwischen an einem anderen Platz geleert.",
             "The field “{1}” has been emptied at another seat meanwhile.")
        case .conflictSaveAnyway:
            ("Enter speichert Ihre Fassung trotzdem.", "Enter saves your version anyway.")
        case .conflictFieldKeys:
            ("Tab speichert Ihre Fassung trotzdem, Strg-O übernimmt die andere (Ihre wird verworfen).",
             "Tab saves your version anyway, Ctrl-O takes the other one (yours is discarded).")
        case .conflictTookTheirs:
            ("Die Fassung vom anderen Platz übernommen; Ihre Änderung ist verworfen.",
             "Took the version from the other seat; your change is discarded.")
        case .cardRemovedMeanwhile:
            ("Diese Karte wurde inzwischen an einem anderen Platz entfernt. Enter legt Ihre Fassung als neue Karte an.",
             "This card has been removed at another seat meanwhile. Enter adds your version as a new card.")
        case .fieldRemovedMeanwhile:
            ("Das Feld „{1}“ wurde inzwischen an einem anderen Platz aus der Vorlage entfernt. Esc legt den Text als Notiz zum Feld „{2}“ ab.",
             "The field “{1}” has been removed from the template at another seat meanwhile. Esc keeps the text as a note on the field “{2}”.")
        case .profileNoteKept: ("✓ Text als Notiz zum Feld „{1}“ abgelegt", "✓ Text kept as a note on the field “{1}”")
        case .profileRemovedMeanwhile:
            ("Dieser Steckbrief wurde inzwischen an einem anderen Platz entfernt; der Text kann nicht mehr gespeichert werden. Esc schließt und verwirft ihn.",
             "This profile has been removed at another seat meanwhile; the text can no longer be saved. Esc closes and discards it.")

        case .errorRatingOutOfRange:
            ("{1} liegt außerhalb der Skala: bitte einen Wert von 0 bis {2} eingeben.",
             "{1} is outside the scale: please enter a value from 0 to {2}.")
        case .errorRoundNeedsProposals:
            ("Eine Runde braucht mindestens einen Vorschlag außer der Passivlösung.",
             "A round needs at least one proposal besides the passive solution.")
        case .errorRoundNeedsRaters:
            ("Eine Runde braucht mindestens eine Person, die bewertet.",
             "A round needs at least one person who rates.")
        case .errorInvalidChooseCount:
            ("{1} von {2} Vorschlägen auswählen geht nicht: bitte eine Zahl von 1 bis {2} eingeben.",
             "Choosing {1} of {2} proposals is not possible: please enter a number from 1 to {2}.")
        case .errorInvalidScale:
            ("Eine Skala 0–{1} gibt es nicht: bitte 0–10, 0–5 oder 0–2 wählen.",
             "There is no scale 0–{1}: please choose 0–10, 0–5 or 0–2.")
        case .errorDuplicateProposal:
            ("Den Vorschlag „{1}“ gibt es in dieser Runde schon. Bitte die Titel unterscheidbar machen.",
             "The proposal “{1}” is already in this round. Please make the titles distinguishable.")
        case .errorDuplicateRater:
            ("„{1}“ bewertet in dieser Runde schon. Bitte den Namen unterscheidbar machen.",
             "“{1}” is already rating in this round. Please make the name distinguishable.")
        case .errorRaterAlreadyRated:
            ("„{1}“ hat in dieser Runde schon Werte. Bitte die Werte in der Runde ändern oder die Zeile aus der Datei nehmen.",
             "“{1}” already has values in this round. Please change the values in the round or take the line out of the file.")
        case .errorPassiveSolution:
            ("„{1}“ ist die Passivlösung und gehört zu jeder Runde. Sie wird nur ausdrücklich entfernt.",
             "“{1}” is the passive solution and belongs to every round. It is removed only on purpose.")
        case .errorRoundClosed:
            ("Die Runde ist abgeschlossen, ihr Ergebnis festgehalten. Zum Ändern erst wieder öffnen.",
             "The round is closed and its result recorded. Reopen it first to change it.")

        case .logRatingSet: ("Wert {1} für „{2}“ von {3}", "Value {1} for “{2}” by {3}")
        case .logRatingCleared: ("Wert für „{1}“ von {2} gelöscht", "Value for “{1}” by {2} cleared")
        case .logRatingSetShort: ("Wert {1} eingetragen", "Value {1} entered")
        case .logRatingClearedShort: ("Wert gelöscht", "Value cleared")
        case .logRoundRevealed: ("Ergebnis von „{1}“ aufgedeckt", "Result of “{1}” revealed")
        case .logRoundClosed: ("Runde „{1}“ abgeschlossen, gewählt: {2}", "Round “{1}” closed, chosen: {2}")
        case .logRoundReopened: ("Runde „{1}“ wieder geöffnet", "Round “{1}” reopened")
        case .logRoundChanged: ("Runde „{1}“ geändert", "Round “{1}” changed")
        case .logNothingChosen: ("nichts", "nothing")
        case .logProposalAdded: ("Vorschlag „{1}“ zu „{2}“ hinzugefügt", "Proposal “{1}” added to “{2}”")
        case .logProposalRemoved: ("Vorschlag „{1}“ aus „{2}“ entfernt", "Proposal “{1}” removed from “{2}”")
        case .logProposalChanged: ("Vorschlag „{1}“ geändert in „{2}“", "Proposal “{1}” changed to “{2}”")
        case .logRatersAdded: ("Bewertende zu „{1}“ hinzugefügt: {2}", "Raters added to “{1}”: {2}")
        case .logRaterRemoved: ("„{1}“ bewertet „{2}“ nicht mehr", "“{1}” no longer rates “{2}”")

        case .quickKindShowOfHands: ("Handzeichen", "Show of hands")
        case .quickKindDotVoting: ("Punktabfrage", "Dot voting")
        case .quickKindPositioning: ("Aufstellung im Raum", "Positioning in the room")
        case .quickKindSignatures: ("Unterschriftenliste", "Signature list")
        case .quickHandsFor: ("Dafür", "For")
        case .quickHandsAgainst: ("Dagegen", "Against")
        case .quickHandsAbstain: ("Enthaltung", "Abstain")
        case .fieldOptionLabel: ("Option bzw. Pol", "Option or pole")
        case .errorOptionCount:
            ("Eine Punktabfrage braucht {2} bis {3} verschiedene Optionen, eingegeben sind {1}.",
             "A dot voting needs {2} to {3} different options; {1} were entered.")
        case .errorDuplicateOption:
            ("Die Option „{1}“ steht doppelt da. Bitte jede Option nur einmal eingeben.",
             "The option “{1}” appears twice. Please enter each option only once.")
        case .errorDotsPerPerson:
            ("{1} Punkte pro Person geht nicht: bitte eine Zahl von {2} bis {3} eingeben.",
             "{1} dots per person is not possible: please enter a number from {2} to {3}.")
        case .errorSegmentCount:
            ("{1} Abschnitte geht nicht: bitte die Linie in {2} bis {3} Abschnitte teilen.",
             "{1} segments is not possible: please divide the line into {2} to {3} segments.")
        case .errorPoleMissing:
            ("Eine Aufstellung braucht zwei benannte Pole, z. B. „stimme voll zu“ und „stimme gar nicht zu“.",
             "A positioning needs two named poles, e.g. “fully agree” and “do not agree at all”.")
        case .errorCountOutOfRange:
            ("{1} geht nicht: bitte eine Anzahl von 0 bis {2} eingeben.",
             "{1} is not possible: please enter a count from 0 to {2}.")
        case .errorOptionIndex:
            ("Eine Option Nr. {1} gibt es nicht: diese Entscheidung hat {2} Optionen.",
             "There is no option no. {1}: this decision has {2} options.")
        case .errorDecisionRecorded:
            ("„{1}“ ist festgehalten und kann nicht mehr geändert werden. Zum Ändern erst mit o wieder öffnen.",
             "“{1}” is recorded and cannot be changed. Reopen it with o first to change it.")
        case .errorDuplicateSignature:
            ("„{1}“ hat schon unterschrieben.", "“{1}” has already signed.")
        case .errorUnknownSignature:
            ("„{1}“ steht nicht auf der Unterschriftenliste.", "“{1}” is not on the signature list.")
        case .errorNotASignatureList:
            ("„{1}“ ist keine Unterschriftenliste: Unterschriften gibt es nur dort.",
             "“{1}” is not a signature list: only signature lists take signatures.")
        case .logQuickCount: ("„{1}“: {2} {3}", "“{1}”: {2} {3}")
        case .logQuickSigned: ("„{1}“ unterschreibt „{2}“", "“{1}” signs “{2}”")
        case .logQuickUnsigned: ("Unterschrift von „{1}“ unter „{2}“ entfernt", "Signature of “{1}” under “{2}” removed")
        case .logQuickRecorded: ("„{1}“ festgehalten: {2}", "“{1}” recorded: {2}")
        case .logQuickReopened: ("„{1}“ wieder geöffnet", "“{1}” reopened")
        case .logQuickChanged: ("„{1}“ geändert", "“{1}” changed")
        case .logQuickAdopted: ("angenommen", "adopted")
        case .logQuickRejected: ("abgelehnt", "rejected")
        case .logQuickTie: ("Gleichstand", "tie")
        case .logQuickSignatureCount: ("{1} Unterschrift(en)", "{1} signature(s)")

        case .fieldAxisName: ("Name der Achse", "Name of the axis")
        case .fieldAxisPole: ("Ende der Achse", "End of the axis")
        case .fieldQuadrantName: ("Name des Quadranten", "Name of the quadrant")
        case .axisHorizontal: ("waagrechte Achse (x)", "horizontal axis (x)")
        case .axisVertical: ("senkrechte Achse (y)", "vertical axis (y)")
        case .comparisonAnswerMore: ("mehr", "more")
        case .comparisonAnswerLess: ("weniger", "less")
        case .comparisonAnswerEqual: ("etwa gleich", "about equal")
        case .errorAxisNameMissing:
            ("Achse ohne Namen: bitte die {1} benennen, z. B. „Relevanz für den Standort“.",
             "Axis without a name: please name the {1}, e.g. “relevance for the location”.")
        case .errorQuadrantNameCount:
            ("Eine Matrix hat vier Quadranten, angegeben sind {1} Namen. Bitte genau vier Namen eingeben.",
             "A matrix has four quadrants, but {1} names were given. Please enter exactly four names.")
        case .errorDuplicateTopic:
            ("Das Thema „{1}“ steht schon in der Matrix. Bitte jedes Thema nur einmal eingeben.",
             "The topic “{1}” is already in the matrix. Please enter each topic only once.")
        case .errorTooManyTopics:
            ("Zu viele Themen: höchstens {1} pro Matrix, {2} sind schon darin.",
             "Too many topics: at most {1} per matrix, {2} are already in it.")
        case .errorSortingNeedsTwoTopics:
            ("Weniger als zwei Themen: ein Paarvergleich braucht mindestens zwei, die Matrix hat {1}. Bitte erst Themen hinzufügen.",
             "Fewer than two topics: a pairwise comparison needs at least two, the matrix has {1}. Please add topics first.")
        case .errorNoSorting:
            ("Auf der Achse „{1}“ läuft kein Paarvergleich. Bitte erst einen starten.",
             "No pairwise comparison is running on the axis “{1}”. Please start one first.")
        case .errorSortingFinished:
            ("Der Paarvergleich auf der Achse „{1}“ ist fertig: alle Themen sind eingeordnet.",
             "The pairwise comparison on the axis “{1}” is finished: every topic is placed.")
        case .errorNoAnswerToTakeBack:
            ("Auf der Achse „{1}“ gibt es keine Antwort zum Zurücknehmen.",
             "There is no answer to take back on the axis “{1}”.")
        case .errorSortingNotFinished:
            ("Der Paarvergleich auf der Achse „{1}“ ist noch nicht fertig: noch höchstens {2} Fragen.",
             "The pairwise comparison on the axis “{1}” is not finished yet: at most {2} questions to go.")
        case .errorInvalidPosition:
            ("Diese Position liegt nicht in der Matrix. Bitte Werte von 0 bis 1 angeben.",
             "This position is not inside the matrix. Please give values from 0 to 1.")
        case .errorNoTimer:
            ("Es läuft kein Timer. Auf der Übersicht einen Tagesordnungspunkt wählen und t drücken.",
             "No timer is running. Choose an agenda item on the overview and press t.")
        case .errorAmbiguousModerator:
            ("„{1}“ passt zu mehreren Moderierenden: {2}. Bitte den Namen weiter ausschreiben.",
             "“{1}” fits several moderators: {2}. Please type more of the name.")
        case .templateProjectIdea: ("Projektidee", "Project idea")
        case .templateRealLab: ("Reallabor", "Real-world lab")
        case .builtInDescription: ("Beschreibung", "Description")
        case .builtInDescriptionHint: ("Ziele, Maßnahmen, Nutzen, Erfolgskriterien", "Goals, measures, benefit, measures of success")
        case .builtInInterfaces: ("Schnittstellen", "Interfaces")
        case .builtInInterfacesHint: ("zu anderen Projekten und Initiativen", "to other projects and initiatives")
        case .builtInSchedule: ("Zeitplan und Meilensteine", "Schedule and milestones")
        case .builtInLead: ("Projektleitung", "Project lead")
        case .builtInLeadHint: ("Wer treibt die Idee voran?", "Who drives the idea?")
        case .builtInPartners: ("Partner und weitere Beteiligte", "Partners and other participants")
        case .builtInResources: ("Ressourcen", "Resources")
        case .builtInResourcesHint: ("Zeit, Geld, Kompetenzen, Wissen", "Time, money, skills, knowledge")
        case .builtInSupport: ("Unterstützungsbedarf", "Support needed")
        case .builtInSupportHint: ("durch die Geschäftsstelle und/oder die Wissenschaft", "from the office and/or science")
        case .builtInTargetGroup: ("Zielgruppe", "Target group")
        case .builtInAssessmentNotes: ("Bewertung", "Assessment")
        case .builtInAssessmentNotesHint: ("Anmerkungen zur Grob-Bewertung (Raster unten)", "Remarks on the rough assessment (grid below)")
        case .builtInMandate: ("Kurzbeschreibung des Auftrags", "Short description of the mandate")
        case .builtInMandateHint: ("Beschreibung für die Außenkommunikation", "Description for external communication")
        case .builtInResearch: ("Forschungsfrage / Forschungsdesign / Lösungsansatz", "Research question / research design / approach")
        case .builtInTransdisciplinarity: ("Transdisziplinarität", "Transdisciplinarity")
        case .builtInTransdisciplinarityHint: ("Wer aus Praxis und Wissenschaft wirkt wie mit?", "Who from practice and science takes part, and how?")
        case .builtInTimeline: ("Zeitliche Dimension", "Time dimension")
        case .builtInTargetState: ("Bewertung des angestrebten Zustandes", "Assessment of the targeted state")
        case .writeProblemIsWorkshop:
            ("dort liegt eine Workshopdatei, die ein Export nie ersetzt – bitte einen anderen Namen wählen",
             "that is a workshop file, which an export never replaces – please choose another name")
        case .timerReplaceQuestion:
            ("Der Timer für „{1}“ läuft. Stattdessen „{2}“ starten?", "The timer for “{1}” is running. Start “{2}” instead?")
        case .timerStopQuestion: ("Timer für „{1}“ beenden?", "Stop the timer for “{1}”?")
        case .templateRemoveQuestion: ("Vorlage „{1}“ löschen?", "Remove the template “{1}”?")
        case .keyNextProfile: ("Nächster Steckbrief", "Next profile")
        case .keyPreviousProfile: ("Voriger Steckbrief", "Previous profile")
        case .keyRateHelp: ("1…9: gewähltes Kriterium bewerten (1 = niedrigste Stufe)", "1…9: rate the chosen criterion (1 = lowest level)")
        case .logKindSession: ("Sitzung", "session")
        case .logProjection: ("Beamer zeigt: {1}", "Projector shows: {1}")
        case .logTimerStarted: ("Timer gestartet: „{1}“ ({2} min)", "Timer started: “{1}” ({2} min)")
        case .logTimerPaused: ("Timer angehalten", "Timer paused")
        case .logTimerResumed: ("Timer fortgesetzt", "Timer resumed")
        case .logTimerExtended: ("Timer: {1} Minuten dazu", "Timer: {1} minutes added")
        case .logTimerStopped: ("Timer beendet", "Timer stopped")
        case .projectionTitle: ("Titel", "title")
        case .projectionBoard: ("Pinnwand „{1}“", "board “{1}”")
        case .projectionMatrix: ("Matrix „{1}“", "matrix “{1}”")
        case .projectionTally: ("Ergebnis „{1}“", "result “{1}”")
        case .projectionProfile: ("Steckbrief „{1}“", "profile “{1}”")
        case .projectionTimer: ("Timer", "timer")
        case .projectedNow: ("▶ Beamer zeigt jetzt: {1}", "▶ The projector now shows: {1}")
        case .notProjectable:
            ("Diese Ansicht gibt es nicht für den Beamer. F6 zeigt den Timer, F7 den Titel.",
             "This view has no projector version. F6 shows the timer, F7 the title.")
        case .timerRunning: ("⏱ {1} {2}", "⏱ {1} {2}")
        case .timerPaused: ("⏸ {1} {2} (angehalten)", "⏸ {1} {2} (paused)")
        case .timerOver: ("⏰ ZEIT UM {1} {2}", "⏰ TIME UP {1} {2}")
        case .timerNone: ("Kein Timer läuft.", "No timer is running.")
        case .timerStarted: ("⏱ Timer läuft: „{1}“, {2} min", "⏱ Timer running: “{1}”, {2} min")
        case .timerStopped: ("Timer beendet", "Timer stopped")
        case .timerExtended: ("⏱ +1 Minute: noch {1}", "⏱ +1 minute: {1} left")
        case .timerTimeUp: ("Die Zeit ist um", "Time is up")
        case .timerPlanned: ("geplant {1} min", "planned {1} min")
        case .timerPausedShort: ("⏸ angehalten", "⏸ paused")
        case .keyProject: ("Diese Ansicht auf den Beamer", "Show this view on the projector")
        case .keyProjectTimer: ("Beamer: Timer zeigen", "Projector: show the timer")
        case .keyProjectTitle: ("Beamer: Titel zeigen", "Projector: show the title")
        case .keyPauseTimer: ("Timer anhalten / fortsetzen", "Pause / resume the timer")
        case .keyAddMinute: ("Timer: eine Minute mehr", "Timer: one more minute")
        case .keyStartTimer: ("Timer für diesen Punkt starten", "Start the timer for this item")
        case .keyStopTimer: ("Timer beenden", "Stop the timer")
        case .presentWaiting: ("Warten auf die Moderation …", "Waiting for the moderator …")
        case .storeVanished:
            ("NICHT GESPEICHERT: „{1}“ ist nicht mehr da – retten mit :copy PFAD (schreibt den ganzen Stand in eine neue Datei). Die Datei wurde gelöscht, verschoben oder ersetzt; angezeigt wird der letzte Stand, Text im Editor bleibt stehen.",
             "NOT SAVED: “{1}” is gone – rescue it with :copy PATH (writes the whole state into a new file). The file was deleted, moved or replaced; the screen shows the last state, text in the editor stays.")
        case .cliPresentAbstract: ("Beameransicht: folgt der Moderation live, nur lesend.", "Projector view: follows the moderator live, read-only.")
        case .protocolProfiles: ("Projektideenkatalog und Steckbriefe", "Project-idea catalog and profiles")
        case .protocolProfilesFollow:
            ("Steckbriefe, die mehr als die Kurzbeschreibung enthalten, folgen unten: Nr. {1}.",
             "Profiles that hold more than the short description follow below: no. {1}.")
        case .protocolProfileStillEmpty: ("Noch leer: {1}", "Still empty: {1}")
        case .protocolProfileNote: ("Notiz, noch nicht endgültig: {1}", "Note, not final yet: {1}")
        case .protocolColumnField: ("Feld", "Field")
        case .protocolColumnText: ("Text", "Text")
        case .protocolColumnIllustrative: ("illustrativ", "illustrative")
        case .protocolProfileAllIllustrative:
            ("Der Inhalt dieses Steckbriefs (Felder, Moderation, Bewertung) ist illustrativ, nicht aus dem Bericht.",
             "The content of this profile (fields, moderators, assessment) is illustrative, not from the report.")
        case .fieldProfileTitle: ("Titel des Steckbriefs", "Profile title")
        case .fieldProfileField: ("Feld des Steckbriefs", "Profile field")
        case .fieldProfileNote: ("Notiz", "Note")
        case .fieldTemplateName: ("Name der Vorlage", "Template name")
        case .fieldFieldName: ("Feldname", "Field name")
        case .fieldFieldHint: ("Hinweis zum Feld", "Field hint")
        case .fieldCriterion: ("Kriterium", "Criterion")
        case .fieldLevel: ("Stufe", "Level")
        case .fieldFunnel: ("Trichter („?“ unsicher, „OK/RL“: OK bzw. in RL integrieren)",
                            "Funnel (“?” uncertain, “OK/RL”: OK or integrate into RL)")
        case .fieldProfileModerators: ("Moderation (bis zu zwei Namen, mit Komma getrennt)",
                                       "Moderators (up to two names, separated by commas)")
        case .fieldProfileNumber: ("Nummer im Katalog", "Catalog number")
        case .fieldCriteriaList: ("Kriterien (eines je Zeile)", "Criteria (one per line)")
        case .fieldLevelList: ("Skala: Stufen von niedrig nach hoch, mit Komma getrennt",
                               "Scale: levels from low to high, separated by commas")
        case .fieldTemplateFields: ("Felder, eines je Zeile: Name | Hinweis | einzeilig, Pflicht",
                                    "Fields, one per line: name | hint | single-line, required")
        case .fieldTemplate: ("Vorlage", "Template")
        case .profile: ("Steckbrief", "Profile")
        case .template: ("Vorlage", "Template")
        case .funnelRealLab: ("Reallabor", "real-world lab")
        case .funnelOwnProject: ("eigenverantwortliches Projekt", "project on own initiative")
        case .funnelNoDriver: ("ohne Kümmerer", "nobody to drive it yet")
        case .funnelUnsorted: ("offen", "open")
        case .funnelAlternative: ("{1} bzw. in {2} integrieren", "{1} or integrate into {2}")
        case .funnelLegend: ("RL = Reallabor · EP = eigenverantwortliches Projekt · OK = ohne Kümmerer",
                             "RL = real-world lab · EP = project on own initiative · OK = nobody to drive it yet")
        case .errorProfileFieldTooLong:
            ("Das Feld „{1}“ ist zu lang: {3} Zeichen, höchstens {2}. Bitte kürzen oder Teile als Notiz ablegen.",
             "The field “{1}” is too long: {3} characters, at most {2}. Please shorten it or keep parts as a note.")
        case .errorUnknownModerator:
            ("„{1}“ steht nicht auf der Moderationsliste. Namen prüfen oder die Person erst unter „Moderation“ eintragen.",
             "“{1}” is not on the moderator list. Check the name or add the person under “Moderators” first.")
        case .errorUnknownModeratorSuggestion:
            ("Unbekannt: „{1}“ – meinten Sie „{2}“?", "Unknown: “{1}” – did you mean “{2}”?")
        case .errorTooManyModerators:
            ("{1} Namen angegeben; ein Steckbrief hat höchstens zwei Moderierende.",
             "{1} names given; a profile has at most two moderators.")
        case .errorDuplicateProfileNumber:
            ("Die Nummer {1} hat schon „{2}“. Bitte eine andere Nummer wählen.",
             "Number {1} is already taken by “{2}”. Please choose another number.")
        case .errorInvalidProfileNumber:
            ("Die Nummer {1} geht nicht: erlaubt sind 1 bis 9999.", "Number {1} is not possible: use 1 to 9999.")
        case .errorAssessmentLevel:
            ("Stufe {1} gibt es nicht: die Skala hat {2} Stufen.", "There is no level {1}: the scale has {2} levels.")
        case .errorAssessmentCriteriaCount:
            ("{1} Kriterien: das Raster braucht 1 bis 12.", "{1} criteria: the grid needs 1 to 12.")
        case .errorAssessmentLevelCount:
            ("{1} Stufen: die Skala braucht 2 bis 7.", "{1} levels: the scale needs 2 to 7.")
        case .errorDuplicateName:
            ("„{1}“ kommt doppelt vor. Bitte verschiedene Namen verwenden.",
             "“{1}” appears twice. Please use different names.")
        case .errorTemplateFieldCount:
            ("{1} Felder: eine Vorlage braucht 1 bis 30 Felder.", "{1} fields: a template needs 1 to 30 fields.")
        case .errorTemplateInUse:
            ("Die Vorlage „{1}“ wird von {2} Steckbriefen benutzt und bleibt deshalb bestehen.",
             "The template “{1}” is used by {2} profiles and therefore stays.")
        case .errorBuiltInTemplate:
            ("„{1}“ ist eine eingebaute Vorlage und bleibt unverändert. Für Änderungen eine eigene Vorlage anlegen.",
             "“{1}” is a built-in template and stays as it is. Create your own template to change it.")
        case .logProfileField: ("Steckbrief „{1}“: Feld „{2}“ geändert", "Profile “{1}”: field “{2}” changed")
        case .logProfileTitle: ("Steckbrief „{1}“ umbenannt in „{2}“", "Profile “{1}” renamed to “{2}”")
        case .logProfileFunnel: ("Steckbrief „{1}“: Trichter {2}", "Profile “{1}”: funnel {2}")
        case .logProfileModerators: ("Steckbrief „{1}“: Moderation {2}", "Profile “{1}”: moderators {2}")
        case .logProfileNumber: ("Steckbrief „{1}“: Nummer {2}", "Profile “{1}”: number {2}")
        case .logProfileAssessment: ("Steckbrief „{1}“: Bewertung {2}", "Profile “{1}”: assessment {2}")
        case .logProfileNotes: ("Steckbrief „{1}“: Notizen geändert", "Profile “{1}”: notes changed")
        case .logAssessmentGrid: ("Bewertungsraster: {1}; Skala {2}", "Assessment grid: {1}; scale {2}")
        case .catalogTitle: ("Projektideenkatalog", "Project-idea catalog")
        case .catalogEmpty: ("Noch keine Steckbriefe. n: neuer Steckbrief", "No profiles yet. n: new profile")
        case .catalogNumber: ("Nr.", "No.")
        case .catalogIdea: ("Projektidee", "Project idea")
        case .catalogSummary: ("Kurzbeschreibung", "Short description")
        case .catalogFunnel: ("Trichter", "Funnel")
        case .catalogModerators: ("Moderation", "Moderators")
        case .catalogAssessment: ("Bewertung", "Assessment")
        case .catalogFilter: ("Filter: {1}", "Filter: {1}")
        case .catalogOrder: ("Sortiert nach {1}", "Sorted by {1}")
        case .catalogCount: ("{1} von {2} Steckbriefen", "{1} of {2} profiles")
        case .filterAll: ("alle", "all")
        case .filterMixed: ("unsicher oder gemischt", "uncertain or mixed")
        case .filterUnsorted: ("noch offen", "still open")
        case .orderNumber: ("Nummer", "number")
        case .orderTitle: ("Titel", "title")
        case .orderFunnel: ("Trichter", "funnel")
        case .profileMissing: ("Fehlt noch: {1}", "Still missing: {1}")
        case .profileEmptyField: ("(noch leer)", "(still empty)")
        case .profileIllustrative: ("* illustrativ, nicht aus dem Bericht", "* illustrative, not from the report")
        case .profileFieldSaved: ("✓ „{1}“ gespeichert", "✓ “{1}” saved")
        case .profileAssessmentTitle: ("Bewertung (Grob-Raster)", "Assessment (rough grid)")
        case .profileNotRated: ("nicht bewertet", "not rated")
        case .templateSingleLine: ("einzeilig", "single-line")
        case .templateRequired: ("Pflicht", "required")
        case .profileRequired: ("Pflichtfeld", "required")
        case .profileRemoveQuestion: ("Steckbrief „{1}“ löschen?", "Remove the profile “{1}”?")
        case .profileCreated: ("✓ Steckbrief Nr. {1} „{2}“ angelegt", "✓ Profile no. {1} “{2}” created")
        case .profilesCreated: ("✓ {1} Steckbriefe angelegt", "✓ {1} profiles created")
        case .profilesAllDescribed:
            ("Alle priorisierten Themen haben schon einen Steckbrief.", "Every prioritised topic has a profile already.")
        case .profileSource: ("Aus: {1}", "From: {1}")
        case .profileRemoved: ("Steckbrief „{1}“ gelöscht (u: rückgängig)", "Profile “{1}” removed (u: undo)")
        case .chooseTemplate: ("Vorlage wählen", "Choose a template")
        case .templateSaved: ("✓ Vorlage „{1}“ gespeichert", "✓ Template “{1}” saved")
        case .templateRemoved: ("Vorlage „{1}“ gelöscht", "Template “{1}” removed")
        case .templatesTitle: ("Vorlagen für Steckbriefe", "Profile templates")
        case .templateBuiltIn: ("eingebaut", "built in")
        case .templateFieldCount: ("{1} Felder", "{1} fields")
        case .profileNoteAdopted: ("✓ Notiz ins Feld „{1}“ übernommen", "✓ Note written into “{1}”")
        case .keyCatalog: ("Steckbriefe: Projektideenkatalog", "Profiles: project-idea catalog")
        case .keyFilterFunnel: ("Filter nach Trichter wechseln", "Change the funnel filter")
        case .keySortCatalog: ("Sortierung wechseln", "Change the order")
        case .keyNewProfile: ("Neuer Steckbrief", "New profile")
        case .keyPoster: ("Plakat für den Beamer", "Poster for the projector")
        case .keyAssessmentGrid: ("Bewertungsraster einstellen", "Set up the assessment grid")
        case .keyTemplates: ("Vorlagen", "Templates")
        case .keyRemoveProfile: ("Steckbrief löschen", "Remove profile")
        case .keyProfilesFromMatrix: ("Steckbriefe für die priorisierten Themen anlegen", "Profiles for the prioritised topics")
        case .keyEditField: ("Feld bearbeiten", "Edit field")
        case .keyNextField: ("Nächstes Feld", "Next field")
        case .keyPreviousField: ("Voriges Feld", "Previous field")
        case .keyAddNote: ("Notiz zum Feld (erst Karte, dann Plakat)", "Note on the field (card first)")
        case .keyAdoptNote: ("Notizen ins Feld übernehmen", "Write the notes into the field")
        case .keyRemoveNote: ("Letzte Notiz des Felds löschen", "Remove the field's last note")
        case .keyFunnel: ("Trichter setzen", "Set the funnel")
        case .keyProfileModerators: ("Moderation setzen", "Set the moderators")
        case .keyProfileNumber: ("Nummer ändern", "Change the number")
        case .keyProfileTitle: ("Titel ändern", "Change the title")
        case .keyRate: ("Bewerten: Stufe 1–{1} für das gewählte Kriterium", "Rate: level 1–{1} for the selected criterion")
        case .keyClearRating: ("Bewertung löschen", "Clear the rating")
        case .keyProfileFromCard: ("Steckbrief aus dieser Karte", "Profile from this card")
        case .keyNewTemplate: ("Neue Vorlage", "New template")
        case .keyEditTemplate: ("Vorlage bearbeiten", "Edit template")
        case .keyRemoveTemplate: ("Vorlage löschen", "Remove template")
        case .logSortingStarted: ("„{1}“: Paarvergleich auf der Achse „{2}“ gestartet", "“{1}”: pairwise comparison on the axis “{2}” started")
        case .logSortingDropped: ("„{1}“: Paarvergleich auf der Achse „{2}“ verworfen", "“{1}”: pairwise comparison on the axis “{2}” dropped")
        case .logSortingAnswer: ("„{1}“, Achse „{2}“: Antwort „{3}“", "“{1}”, axis “{2}”: answer “{3}”")
        case .logSortingTakenBack: ("„{1}“, Achse „{2}“: letzte Antwort zurückgenommen", "“{1}”, axis “{2}”: last answer taken back")
        case .logMatrixChanged: ("Matrix „{1}“ geändert", "Matrix “{1}” changed")
        case .logTopicPlaced: ("Thema „{1}“ platziert: {2}", "Topic “{1}” placed: {2}")
        case .logTopicUnplaced: ("Thema „{1}“ aus der Matrix genommen", "Topic “{1}” taken out of the matrix")

        case .csvLine: ("Zeile {1}: {2}", "Line {1}: {2}")
        case .csvNothingImported:
            ("Nichts importiert – die Datei hat {1} Problem(e):", "Nothing imported – the file has {1} problem(s):")
        case .csvEmptyFile:
            ("Die Datei ist leer. Die erste Zeile muss „Name;Vorschlag 1;Vorschlag 2;…“ lauten.",
             "The file is empty. The first line must read “Name;Proposal 1;Proposal 2;…”.")
        case .csvNoRows:
            ("Unter der Kopfzeile steht keine Person mit Werten.", "There is no person with values below the header line.")
        case .csvNameColumnMissing:
            ("Die erste Spalte muss die Namen enthalten (Kopf z. B. „Name“), nicht den Vorschlag „{1}“.",
             "The first column must hold the names (header e.g. “Name”), not the proposal “{1}”.")
        case .csvUnknownProposal:
            ("„{1}“ ist kein Vorschlag dieser Runde. Die Vorschläge heißen: {2}.",
             "“{1}” is not a proposal of this round. The proposals are: {2}.")
        case .csvDuplicateColumn: ("Die Spalte „{1}“ kommt zweimal vor.", "The column “{1}” appears twice.")
        case .csvEmptyColumnTitle: ("Spalte {1} hat keinen Titel.", "Column {1} has no title.")
        case .csvWrongColumnCount:
            ("{1} Spalten, die Kopfzeile hat {2}.", "{1} columns, the header line has {2}.")
        case .csvNotANumber:
            ("„{1}“ bei „{2}“ ist keine ganze Zahl.", "“{1}” for “{2}” is not a whole number.")
        case .csvOutOfRange:
            ("{1} bei „{2}“ liegt außerhalb der Skala 0–{3}.", "{1} for “{2}” is outside the scale 0–{3}.")
        case .csvEmptyName: ("Der Name fehlt.", "The name is missing.")
        case .csvNameTooLong:
            ("Der Name ist zu lang: {2} Zeichen, höchstens {1} erlaubt.", "The name is too long: {2} characters, at most {1} allowed.")
        case .csvDuplicateRater: ("„{1}“ steht schon in Zeile {2}.", "“{1}” already appears in line {2}.")
        case .csvRaterHasValues:
            ("„{1}“ hat in dieser Runde schon Werte; die Datei würde sie überschreiben.",
             "“{1}” already has values in this round; the file would overwrite them.")
        case .csvUnclosedQuote:
            ("Ein Anführungszeichen wird nicht geschlossen.", "A quotation mark is not closed.")

        case .storeNotAWorkshop:
            ("„{1}“ ist keine allianz-tui-Workshopdatei. Die Datei wurde nicht verändert. Bitte eine .allianz-Datei öffnen oder mit „allianz-tui new“ eine neue anlegen.",
             "“{1}” is not an allianz-tui workshop file. The file was not changed. Please open an .allianz file or create one with “allianz-tui new”.")
        case .storeDamaged:
            ("„{1}“ ist beschädigt ({2}). Die Datei wurde nicht verändert. Bitte eine Sicherungskopie öffnen.",
             "“{1}” is damaged ({2}). The file was not changed. Please open a backup copy.")
        case .storeNewerSchema:
            ("„{1}“ wurde von einer neueren allianz-tui-Version geschrieben (Format {2}, diese Version kennt bis {3}). Die Datei wurde nicht verändert. Bitte allianz-tui aktualisieren.",
             "“{1}” was written by a newer allianz-tui (format {2}, this version knows up to {3}). The file was not changed. Please update allianz-tui.")
        case .storeAlreadyExists:
            ("„{1}“ gibt es schon. Bitte einen anderen Dateinamen wählen oder die Datei direkt öffnen.",
             "“{1}” already exists. Please choose another file name or open the file directly.")
        case .storeCannotCreate:
            ("„{1}“ kann nicht angelegt werden: {2}", "Cannot create “{1}”: {2}")
        case .storeCannotOpen:
            ("„{1}“ kann nicht geöffnet werden: {2}", "Cannot open “{1}”: {2}")
        case .storeCannotWrite:
            ("NICHT GESPEICHERT: „{1}“ kann nicht geschrieben werden ({2}) – eine Kopie woanders hin: :copy PFAD. Alles vorher Gespeicherte ist sicher, Text im Editor bleibt stehen.",
             "NOT SAVED: “{1}” cannot be written ({2}) – a copy elsewhere: :copy PATH. Everything saved before is safe, text in the editor stays.")
        case .storeIsDirectory:
            ("„{1}“ ist ein Ordner, keine Workshopdatei. Bitte den Namen einer .allianz-Datei angeben (mit „allianz-tui new ORDNER/name.allianz“ wird eine angelegt).",
             "“{1}” is a directory, not a workshop file. Please name an .allianz file (“allianz-tui new DIR/name.allianz” creates one).")
        case .storeUnknownStructure:
            ("„{1}“ trägt die Kennung einer allianz-tui-Workshopdatei, ist aber keine gültige Workshopdatei dieser Version (es fehlt: {2}). Die Datei wurde nicht verändert. Bitte eine Sicherungskopie öffnen oder die Datei mit den Prüf- und Rettungsbefehlen von allianz-tui untersuchen.",
             "“{1}” carries the mark of an allianz-tui workshop file but is not a valid workshop file of this version ({2} missing). The file was not changed. Please open a backup copy or examine the file with allianz-tui's check and recovery commands.")
        case .storeDiskFull:
            ("NICHT GESPEICHERT: Datenträger voll – Platz schaffen und erneut speichern, oder :copy PFAD auf ein anderes Laufwerk. Alles vorher Gespeicherte in „{1}“ ist sicher, Text im Editor bleibt stehen.",
             "NOT SAVED: disk full – free some space and save again, or :copy PATH to another drive. Everything saved before in “{1}” is safe, text in the editor stays.")
        case .storeLocked:
            ("NICHT GESPEICHERT: „{1}“ ist seit {2} s von einem anderen Programm gesperrt – es beenden und erneut speichern, oder :copy PFAD. Text im Editor bleibt stehen.",
             "NOT SAVED: another program has locked “{1}” for {2} s – stop it and save again, or :copy PATH. Text in the editor stays.")
        case .storeReadOnly:
            ("NICHT GESPEICHERT: „{1}“ ist nur zum Lesen geöffnet ({2}). {3}",
             "NOT SAVED: “{1}” is open read-only ({2}). {3}")
        case .storeNoRoomToCreate:
            ("„{1}“ wurde nicht angelegt: Der Datenträger ist voll. Es ist nichts zurückgeblieben. Bitte Platz schaffen oder einen anderen Ort wählen.",
             "“{1}” was not created: the disk is full. Nothing was left behind. Please free some space or choose another place.")
        case .storeOpenedReadOnly:
            ("Nur lesen – {1}: {2}", "Read-only – {1}: {2}")
        case .storeWaitingForLock:
            ("Ein anderes Programm sperrt die Datei – die Änderung wartet bis zu {2} s, nichts geht verloren („{1}“).",
             "Another program has locked the file – the change waits up to {2} s, nothing is lost (“{1}”).")
        case .storeDirectoryBecameReadOnly:
            ("Ordner von „{1}“ schreibgeschützt – gespeichert wird weiter in die offene Datei; eine Kopie woanders hin: :copy PFAD. Neben der Datei kann nichts mehr angelegt werden.",
             "Directory of “{1}” write-protected – changes are still saved into the open file; a copy elsewhere: :copy PATH. Nothing new can be created beside the file.")
        case .storeExitNotSaved:
            ("{1} – die zuletzt versuchte Änderung fehlt; alles vorher Gespeicherte ist in „{2}“.",
             "{1} – the change tried last is missing; everything saved before is in “{2}”.")
        case .storeExitUnsavedTexts:
            ("Nicht gespeicherter Text, hier zum Kopieren:", "Text that was not saved, here to copy:")
        case .copyWritten:
            ("Kopie geschrieben: {1} – öffnen mit: allianz-tui {1}", "Copy written: {1} – open it with: allianz-tui {1}")
        case .commandCopyUsage:
            ("Aufruf: :copy PFAD – schreibt eine vollständige Kopie der Workshopdatei (alles Gespeicherte mit Verlauf).",
             "Usage: :copy PATH – writes a complete copy of the workshop file (everything saved, with its history).")
        case .readOnlyFileNotWritable: ("Datei schreibgeschützt", "file write-protected")
        case .readOnlyDirectoryNotWritable: ("Ordner schreibgeschützt", "directory write-protected")
        case .readOnlyMedia: ("Laufwerk schreibgeschützt", "drive read-only")
        case .readOnlySideFilesNotWritable: ("-wal/-shm gesperrt", "-wal/-shm locked")
        case .readOnlyAsOpened: ("Stand beim Öffnen", "as opened")
        case .readOnlyRequestedAdvice:
            ("Zum Ändern ohne --read-only öffnen.", "To make changes, open it without --read-only.")
        case .readOnlyFileNotWritableAdvice:
            ("Zum Ändern: chmod u+w „{1}“ und neu öffnen.", "To make changes: chmod u+w “{1}” and open it again.")
        case .readOnlyDirectoryNotWritableAdvice:
            ("Zum Ändern Schreibrecht für den Ordner „{1}“ geben oder die Datei in einen beschreibbaren Ordner kopieren und dort öffnen.",
             "To make changes, give write permission for the directory “{1}”, or copy the file into a writable directory and open it there.")
        case .readOnlyMediaAdvice:
            ("Zum Ändern die Datei auf ein beschreibbares Laufwerk kopieren und dort öffnen.",
             "To make changes, copy the file to a writable drive and open it there.")
        case .readOnlySideFilesNotWritableAdvice:
            ("„{1}-wal“ und „{1}-shm“ gehören einem anderen Benutzer: ihn die Datei schließen lassen, oder die beiden Dateien löschen, wenn niemand sie offen hat.",
             "“{1}-wal” and “{1}-shm” belong to another user: have them close the file, or delete the two files if nobody has it open.")
        case .storeMissing:
            ("„{1}“ gibt es nicht. Mit „allianz-tui new {1}“ anlegen.",
             "“{1}” does not exist. Create it with “allianz-tui new {1}”.")

        case .storeIntegrity:
            ("„{1}“ ist beschädigt: {2} Die Datei wurde nicht verändert. Was genau fehlt, zeigt „allianz-tui check {1}“; den intakten Teil rettet „allianz-tui recover {1} --out NEU.allianz“.",
             "“{1}” is damaged: {2} The file was not changed. “allianz-tui check {1}” shows exactly what is wrong; “allianz-tui recover {1} --out NEW.allianz” saves the intact part.")
        case .integrityRecordChanged:
            ("Datensatz {1} passt nicht mehr zu seiner Prüfsumme – er wurde nach dem Speichern verändert.",
             "Record {1} no longer matches its checksum – it was changed after it was saved.")
        case .integrityRecordUnreadable: ("Datensatz {1} ist nicht lesbar.", "Record {1} cannot be read.")
        case .integrityRecordMissing: ("Datensatz {1} fehlt.", "Record {1} is missing.")
        case .integrityRecordsMissing: ("Datensätze {1}–{2} fehlen.", "Records {1}–{2} are missing.")
        case .integrityRecordWithoutChecksum: ("Datensatz {1} hat keine Prüfsumme.", "Record {1} has no checksum.")
        case .integritySnapshotChanged:
            ("Der Zwischenstand bei Datensatz {1} passt nicht mehr zu seiner Prüfsumme; beim Öffnen wird er übergangen und der Stand aus dem Protokoll berechnet.",
             "The snapshot at record {1} no longer matches its checksum; opening skips it and builds the state from the log.")
        case .integritySnapshotUnreadable:
            ("Der Zwischenstand bei Datensatz {1} ist nicht lesbar; beim Öffnen wird er übergangen.",
             "The snapshot at record {1} cannot be read; opening skips it.")
        case .integritySnapshotDiffers:
            ("Der Zwischenstand bei Datensatz {1} weicht vom Protokoll ab: die Datensätze bis dort ergeben einen anderen Stand.",
             "The snapshot at record {1} differs from the log: the records up to there give another state.")
        case .integrityNoRecords: ("Die Datei enthält keinen einzigen Datensatz.", "The file holds no record at all.")
        case .integrityDatabase: ("SQLite meldet einen Schaden: {1}", "SQLite reports damage: {1}")
        case .checkSound:
            ("„{1}“ ist in Ordnung – geprüfte Datensätze: {2}, jeder passt zu seiner Prüfsumme und zum vorigen; {3}",
             "“{1}” is sound – records checked: {2}, each matching its checksum and the one before; {3}")
        case .checkSoundUnhashed:
            ("„{1}“ ist lesbar – gelesene Datensätze: {2}; {3}", "“{1}” can be read – records read: {2}; {3}")
        case .checkSnapshotMatches:
            ("der Zwischenstand bei Datensatz {1} stimmt mit dem Protokoll überein.",
             "the snapshot at record {1} matches the log.")
        case .checkNoSnapshot: ("kein Zwischenstand zum Vergleichen.", "no snapshot to compare.")
        case .checkNoChecksums:
            ("Hinweis: „{1}“ hat noch keine Prüfsummen (Dateiformat 1), ein verändertes Zeichen in einem Datensatz ist so nicht zu erkennen. Einmal zum Bearbeiten öffnen (allianz-tui {1}, ohne --read-only) ergänzt sie.",
             "Note: “{1}” has no checksums yet (file format 1), so a changed character in a record cannot be noticed. Opening it once for editing (allianz-tui {1}, without --read-only) adds them.")
        case .checkDamaged:
            ("„{1}“ ist beschädigt ({2} Befunde oben). Die Datei wurde nicht verändert. Den intakten Teil rettet „allianz-tui recover {1} --out NEU.allianz“.",
             "“{1}” is damaged ({2} findings above). The file was not changed. “allianz-tui recover {1} --out NEW.allianz” saves the intact part.")
        case .recoverWritten:
            ("Gerettet nach „{1}“: {2} Datensätze, der Stand bis Datensatz {3} der beschädigten Datei.",
             "Saved to “{1}”: {2} records, the state up to record {3} of the damaged file.")
        case .recoverNothingLost:
            ("Nichts verloren: alle {1} Datensätze waren intakt.", "Nothing lost: all {1} records were intact.")
        case .recoverLost: ("Verloren: {1} ({2}).", "Lost: {1} ({2}).")
        case .recoverRecord: ("Datensatz {1}", "record {1}")
        case .recoverRecords: ("Datensätze {1}–{2}", "records {1}–{2}")
        case .recoverUnknownAuthor: ("Urheber nicht lesbar", "author unreadable")
        case .recoverBridged:
            ("{1}: als einzelne Schritte verloren, ihr Inhalt aber gerettet – er stammt aus dem Zwischenstand bei Datensatz {2} (im neuen Protokoll ein Datensatz „Anlage“); diese Schritte lassen sich nicht mehr rückgängig machen.",
             "{1}: lost as single steps, but their content is saved – it comes from the snapshot at record {2} (one “created” record in the new log); these steps can no longer be undone.")
        case .recoverNothingIntact:
            ("In „{1}“ ist weder ein Datensatz vom Anfang noch ein Zwischenstand intakt: es gibt nichts zu retten. Bitte eine Sicherungskopie öffnen.",
             "Neither a record from the beginning nor a snapshot of “{1}” is intact: there is nothing to save. Please open a backup copy.")
        case .recoverSummaryLost:
            ("{1} von {2} Datensätzen nicht übernommen. „{3}“ wurde nicht verändert.",
             "{1} of {2} records not taken over. “{3}” was not changed.")

        case .logDate: ("Datum", "Date")
        case .logInfoChanged: ("Workshop-Angaben geändert: {1}", "Workshop details changed: {1}")
        case .logMoreEvents: ("{1} (und {2} weitere)", "{1} (and {2} more)")
        case .logKindCreation: ("Anlage", "created")
        case .logKindChange: ("Änderung", "change")
        case .logKindUndo: ("rückgängig #{1}", "undo #{1}")
        case .logKindRedo: ("wiederhergestellt #{1}", "redo #{1}")
        case .logAdded: ("{1}: „{2}“ hinzugefügt", "{1}: added “{2}”")
        case .logRemoved: ("{1}: „{2}“ entfernt", "{1}: removed “{2}”")
        case .logReplaced: ("{1}: „{2}“ geändert in „{3}“", "{1}: changed “{2}” to “{3}”")
        case .logMoved: ("{1}: Reihenfolge geändert", "{1}: order changed")
        case .logCardMoved: ("Karte „{1}“ verschoben", "Card “{1}” moved")
        case .cliNeedsTerminal:
            ("allianz-tui braucht ein Terminal (tty). Für Skripte: „allianz-tui export“ oder „allianz-tui log“.",
             "allianz-tui needs a terminal (tty). For scripts: “allianz-tui export” or “allianz-tui log”.")
        case .cliCreated: ("Angelegt: {1} – „{2}“", "Created: {1} – “{2}”")
        case .terminalTypeUnset:
            ("Die Umgebungsvariable TERM ist nicht gesetzt, daher weiß allianz-tui nicht, wie es den Bildschirm steuern soll. Bitte TERM setzen, z. B. „TERM=xterm-256color allianz-tui …“.",
             "The environment variable TERM is not set, so allianz-tui does not know how to drive the screen. Please set TERM, e.g. “TERM=xterm-256color allianz-tui …”.")
        case .terminalTypeUnknown:
            ("Den Terminaltyp „{1}“ (TERM) kennt dieses System nicht. Bitte TERM=xterm-256color setzen oder die Terminalbeschreibung installieren (Paket ncurses-term).",
             "This system does not know the terminal type “{1}” (TERM). Please set TERM=xterm-256color or install the terminal description (package ncurses-term).")
        case .terminalNoTerminfo:
            ("Für den Terminaltyp „{1}“ ist keine Terminalbeschreibung (terminfo) zu finden. Bitte das Paket ncurses-base installieren oder TERMINFO auf den terminfo-Ordner setzen.",
             "No terminal descriptions (terminfo) are to be found for the terminal type “{1}”. Please install the package ncurses-base or point TERMINFO at the terminfo directory.")
        case .terminalNoCursorAddressing:
            ("Das Terminal „{1}“ kann keine Bildschirmsteuerung (den Cursor nicht frei setzen); allianz-tui braucht ein Vollbild-Terminal. Bitte in einem Terminalfenster starten oder TERM=xterm-256color setzen. Für Skripte: „allianz-tui export“ oder „allianz-tui log“.",
             "The terminal “{1}” cannot drive the screen (it cannot move the cursor freely); allianz-tui needs a full-screen terminal. Please start it in a terminal window or set TERM=xterm-256color. For scripts: “allianz-tui export” or “allianz-tui log”.")
        case .terminalCannotStart:
            ("Das Terminal „{1}“ lässt sich nicht einrichten. Bitte in einem anderen Terminalfenster starten oder TERM=xterm-256color setzen.",
             "The terminal “{1}” cannot be set up. Please start allianz-tui in another terminal window or set TERM=xterm-256color.")
        case .cliMoreEvents: ("… und {1} weitere", "… and {1} more")
        case .statusSaved: ("✓ gespeichert", "✓ saved")
        case .statusDraft: ("✎ Entwurf – Enter speichert", "✎ draft – Enter saves")
        case .statusDraftEscape: ("✎ Entwurf – Esc oder Tab speichert", "✎ draft – Esc or Tab saves")
        case .statusDraftForm: ("✎ Entwurf – Enter oder Esc speichert", "✎ draft – Enter or Esc saves")
        case .statusReadOnly: ("nur lesen", "read-only")
        case .statusNotSaved: ("✗ NICHT GESPEICHERT", "✗ NOT SAVED")
        case .statusNotSavedDiskFull: ("✗ NICHT GESPEICHERT: Datenträger voll", "✗ NOT SAVED: disk full")
        case .statusNotSavedGone: ("✗ NICHT GESPEICHERT: Datei weg", "✗ NOT SAVED: file gone")
        case .statusNotSavedLocked: ("✗ NICHT GESPEICHERT: Datei gesperrt", "✗ NOT SAVED: file locked")
        case .statusNotSavedReadOnly: ("✗ NICHT GESPEICHERT: nur lesen", "✗ NOT SAVED: read-only")
        case .statusWaitingForLock: ("… wartet auf Schreibzugriff ({1} s)", "… waiting to write ({1} s)")
        case .statusDirectoryReadOnly: ("⚠ Ordner schreibgeschützt", "⚠ directory read-only")
        case .helpTitle: ("Tasten", "Keys")
        case .helpClose: ("Esc oder ? schließt", "Esc or ? closes")
        case .helpGlobalSection: ("Überall", "Everywhere")
        case .helpScreenSection: ("Auf diesem Bildschirm", "On this screen")
        case .terminalTooSmall: ("Terminal zu klein: {1}×{2}", "Terminal too small: {1}×{2}")
        case .terminalTooSmallHint:
            ("Mindestens {1}×{2} nötig. Bitte Fenster vergrößern oder Schrift verkleinern. q beendet.",
             "At least {1}×{2} needed. Please enlarge the window or use a smaller font. q quits.")
        case .commandUnknown:
            ("Unbekannter Befehl „{1}“. Bekannt: q, lang de, lang en, undo, redo, help, export md|html|csv [PFAD].",
             "Unknown command “{1}”. Known: q, lang de, lang en, undo, redo, help, export md|html|csv [PATH].")
        case .commandLanguageSet: ("Sprache: Deutsch", "Language: English")
        case .confirmYesNo: ("j = ja, n/Esc = nein", "y = yes, n/Esc = no")
        case .cancelled: ("Abgebrochen – nichts geändert.", "Cancelled – nothing changed.")
        case .noChange: ("Keine Änderung.", "No change.")
        case .saved: ("Gespeichert: {1}", "Saved: {1}")
        case .removed: ("Entfernt: „{1}“ – u holt es zurück.", "Removed: “{1}” – u brings it back.")
        case .undone: ("Rückgängig gemacht.", "Undone.")
        case .redone: ("Wiederhergestellt.", "Redone.")
        case .formSaveHint: ("Enter/Esc speichert · Tab nächstes Feld", "Enter/Esc saves · Tab next field")
        case .formNextField: ("←/→ oder Buchstabe wählt", "←/→ or a letter chooses")
        case .formCompleteHint: ("Tab ergänzt den Namen, sonst nächstes Feld · Enter/Esc speichert",
                                 "Tab completes the name, else next field · Enter/Esc saves")
        case .formNewLineHint: ("Alt-Enter neue Zeile", "Alt-Enter new line")
        case .formNameCandidates: ("{1} Namen passen: {2} – weiter tippen, oder Tab: nächstes Feld.",
                                   "{1} names fit: {2} – type on, or Tab: next field.")
        case .formEscapeAgain: ("Esc noch einmal schließt das Formular und behält die Eingaben als Entwurf.",
                                "Esc again closes the form and keeps what you typed as a draft.")
        case .formDraftKept: ("Nicht gespeichert, als Entwurf behalten – dieselbe Taste öffnet das Formular wieder damit.",
                              "Not saved, kept as a draft – the same key opens the form with it again.")
        case .pasteShortened:
            ("Eingefügter Text gekürzt: {1} → {2} Zeichen (das Feld fasst höchstens {3}).",
             "Pasted text shortened: {1} → {2} characters (the field holds at most {3}).")
        case .textInputHelp:
            ("Beim Tippen: ←/→ Cursor · Pos1/Ende · Strg-W Wort löschen · Strg-U bis Zeilenanfang löschen · Alt‑Enter neue Zeile · Enter speichert · Esc speichert auch und schließt: was nicht gespeichert werden kann, bleibt mit dem Grund offen, ein zweites Esc legt es als Entwurf beiseite, dieselbe Taste holt ihn zurück",
             "While typing: ←/→ cursor · Home/End · Ctrl-W delete word · Ctrl-U delete to line start · Alt‑Enter new line · Enter saves · Esc saves, too, and closes: what cannot be saved stays open with the reason, a second Esc puts it aside as a draft, the same key brings it back")
        case .draftKept: ("Entwurf beiseitegelegt – {1} holt ihn zurück.", "Draft put aside – {1} brings it back.")
        case .draftBroughtBack: ("✎ Entwurf zurückgeholt", "✎ Draft brought back")
        case .draftRestored:
            ("Entwurf vom {1} wiederhergestellt – dieselbe Taste holt ihn zurück.",
             "Draft from {1} restored – the same key brings it back.")
        case .draftsRestored:
            ("{1} Entwürfe wiederhergestellt (zuletzt {2}) – dieselbe Taste holt sie zurück.",
             "{1} drafts restored (latest {2}) – the same keys bring them back.")
        case .draftEscapeKeeps:
            ("Esc legt den Text als Entwurf beiseite ({1} holt ihn zurück).",
             "Esc puts the text aside as a draft ({1} brings it back).")
        case .promiseSaveAndNext: ("speichert, nächste Karte", "saves, next card")
        case .promiseSaveAndClose: ("speichert, schließt", "saves, closes")
        case .promiseSaveAndNextField: ("speichert, nächstes Feld", "saves, next field")
        case .promiseNextField: ("nächstes Feld", "next field")
        case .promiseNewLine: ("neue Zeile", "new line")
        case .errorNotANumber: ("„{1}“ ist keine ganze Zahl. Bitte eine Zahl eingeben, z. B. 15.", "“{1}” is not a whole number. Please enter a number, e.g. 15.")

        case .homeTitle: ("Übersicht", "Overview")
        case .homeAgendaEmpty: ("Noch kein Ablauf. a fügt einen Punkt hinzu.", "No agenda yet. a adds an item.")
        case .homePeopleEmpty: ("Noch niemand. a fügt hinzu.", "Nobody yet. a adds someone.")
        case .homeMinutes: ("{1} min", "{1} min")
        case .homeTotalDuration: ("Gesamt {1} min", "Total {1} min")
        case .homeCountPeople: ("{1} Teilnehmende · {2} Moderation", "{1} participants · {2} moderators")
        case .homeInstrumentNotYet:
            ("„{1}“ hat in dieser Version noch keinen eigenen Bildschirm.",
             "“{1}” has no screen of its own in this version yet.")
        case .homeNoInstrument: ("„{1}“ ist ein Programmpunkt ohne Instrument – hier gibt es nichts zu erfassen.", "“{1}” is an agenda item without an instrument – nothing to record here.")
        case .homeIllustrativeNote: ("* erfundene Beispielnamen", "* invented example names")
        case .homeEditInfoTitle: ("Workshop-Angaben", "Workshop details")
        case .homeAddPerson: ("Neu: {1}", "New: {1}")
        case .homeEditPerson: ("Bearbeiten: {1}", "Edit: {1}")
        case .fieldPersonLines: ("Name – mehrere: eine Person je Zeile, „Name – Organisation“",
                                 "Name – several: one person per line, “Name – Organisation”")
        case .homePeopleAdded: ("{1} Personen in „{2}“ aufgenommen.", "{1} people added to “{2}”.")
        case .homeRemovePersonQuestion: ("„{1}“ aus {2} entfernen?", "Remove “{1}” from {2}?")
        case .homeAddAgenda: ("Neuer Tagesordnungspunkt", "New agenda item")
        case .homeEditAgenda: ("Tagesordnungspunkt bearbeiten", "Edit agenda item")
        case .homeRemoveAgendaQuestion: ("Tagesordnungspunkt „{1}“ entfernen?", "Remove agenda item “{1}”?")

        case .boardKindThemeTable: ("Thementisch", "Theme table")
        case .boardKindMindMap: ("Mindmap Handlungsfeld", "Field-of-action mind map")
        case .boardKindStrategyCards: ("Strategiekarten", "Strategy cards")
        case .noModerator: ("– keine –", "– none –")
        case .boardScreenTitle: ("Pinnwand", "Board")
        case .boardNoHeadings: ("Diese Pinnwand hat keine Überschrift. + legt eine an.", "This board has no heading. + adds one.")
        case .boardGone: ("Diese Pinnwand gibt es nicht mehr (an einem anderen Platz entfernt). Esc geht zurück.", "This board no longer exists (removed at another seat). Esc goes back.")
        case .cardCount: ("{1} Karten", "{1} cards")
        case .cardLegend: ("• im Raum  ◇ vorbereitet  ◉ Cluster", "• from the room  ◇ prepared  ◉ cluster")
        case .columnEmpty: ("(leer – n für eine Karte)", "(empty – n for a card)")
        case .cardRemoved: ("Karte „{1}“ entfernt – u holt sie zurück.", "Card “{1}” removed – u brings it back.")
        case .cardMoved: ("Karte verschoben.", "Card moved.")
        case .cardReleased: ("Karte aus dem Cluster gelöst – u nimmt es zurück.", "Card released from the cluster – u takes it back.")
        case .cardGrouped: ("Karte gruppiert unter „{1}“ – u nimmt es zurück.", "Card grouped under “{1}” – u takes it back.")
        case .linkPickerTitle: ("Verknüpfen mit … (tippen filtert)", "Link to … (typing filters)")
        case .linkAdded: ("Verknüpft mit „{1}“.", "Linked to “{1}”.")
        case .linkRemoved: ("Verknüpfung mit „{1}“ entfernt – u holt sie zurück.", "Link to “{1}” removed – u brings it back.")
        case .movePickerTitle: ("Verschieben nach … (tippen filtert)", "Move to … (typing filters)")
        case .searchTitle: ("Suche in allen Karten", "Search all cards")
        case .searchNothing: ("Nichts gefunden.", "Nothing found.")
        case .removeHeadingQuestion: ("Überschrift „{1}“ mit {2} Karten entfernen? (u macht rückgängig)", "Remove heading “{1}” with {2} cards? (u undoes)")
        case .removeBoardQuestion: ("Pinnwand „{1}“ mit {2} Karten entfernen? (u macht rückgängig)", "Remove board “{1}” with {2} cards? (u undoes)")
        case .overviewTitle: ("Pinnwände", "Boards")
        case .overviewEmpty: ("Noch keine Pinnwand. n legt eine an.", "No board yet. n adds one.")
        case .overviewMoreHeadings: ("+ {1} weitere", "+ {1} more")
        case .plenaryContinued: ("(Forts.)", "(cont.)")
        case .keyScrollDown: ("Eine Zeile weiter", "Scroll down")
        case .keyScrollUp: ("Eine Zeile zurück", "Scroll up")
        case .plenaryPage: ("Seite {1}/{2}", "Page {1}/{2}")
        case .aggregateTitle: ("Auswertung: Schlagworte und Verknüpfungen", "Summary: tags and links")
        case .cardSaved: ("✓ Karte gespeichert", "✓ Card saved")
        case .cardEntryNew: ("Neue Karte unter „{1}“", "New card under “{1}”")
        case .cardEntryNewCluster: ("Neue runde Karte (Cluster) unter „{1}“", "New round card (cluster) under “{1}”")
        case .cardEntryEdit: ("Karte bearbeiten", "Edit card")
        case .cardSavedUndo: ("✓ Karte gespeichert – u nimmt sie zurück", "✓ Card saved – u takes it back")
        case .cardChangedUndo: ("✓ Karte geändert – u nimmt die Änderung zurück", "✓ Card changed – u takes the change back")
        case .clusterFormed:
            ("Cluster: „{1}“ ist jetzt die runde Karte, „{2}“ liegt darunter – u nimmt es zurück.",
             "Cluster: “{1}” is now the round card, with “{2}” under it – u takes it back.")
        case .noFreeCardBelow:
            ("Unter „{1}“ steht keine freie Karte, die dazukommen kann.", "There is no free card below “{1}” to join it.")
        case .clusterPickerTitle: ("Gruppieren unter … (Enter wählt)", "Group under … (Enter chooses)")
        case .keyFormCluster:
            ("Cluster aus dieser Karte und der darunter (wieder: die nächste dazu)",
             "Cluster of this card and the one below (again: add the next)")
        case .fieldAuthorShort: ("Von:", "By:")
        case .fieldTagsShort: ("Schlagworte:", "Tags:")
        case .roundsTitle: ("Konsensieren", "Consensing")
        case .roundsEmpty: ("Noch keine Runde. n legt eine an.", "No round yet. n sets one up.")
        case .roundProgress: ("{1}/{2} vollständig", "{1}/{2} complete")
        case .roundProgressLong: ("{1} von {2} Personen vollständig · {3} Werte fehlen", "{1} of {2} raters complete · {3} values missing")
        case .roundFacts: ("Widerstand 0–{1} · {2} von {3} Vorschlägen werden gewählt", "Resistance 0–{1} · {2} of {3} proposals are chosen")
        case .roundTitle: ("Konsensierungsrunde", "Consensing round")
        case .roundGone: ("Diese Runde gibt es nicht mehr. Esc geht zurück.", "This round no longer exists. Esc goes back.")
        case .statusCollecting: ("Erfassung läuft", "collecting")
        case .statusRevealed: ("aufgedeckt", "revealed")
        case .statusClosed: ("abgeschlossen", "closed")
        case .ruleLeaveOut: ("fehlende Werte: Person zählt bei dem Vorschlag nicht (Mittelwert entscheidet)", "missing values: rater left out for that proposal (mean decides)")
        case .ruleCountAsMaximum: ("fehlende Werte zählen als Höchstwert", "missing values count as the maximum")
        case .ruleCountAsMidpoint: ("fehlende Werte zählen als Skalenmitte", "missing values count as the middle of the scale")
        case .fieldProposals: ("Vorschläge (einer pro Zeile, „Titel: Beschreibung“; Alt‑Enter neue Zeile)", "Proposals (one per line, “Title: description”; Alt‑Enter new line)")
        case .fieldRaters: ("Bewertende (Anzahl, Namen mit Komma oder * für alle Teilnehmenden)", "Raters (a number, names with commas, or * for all participants)")
        case .fieldScale: ("Widerstandsskala", "Resistance scale")
        case .fieldChooseCount: ("Wie viele Vorschläge werden gewählt?", "How many proposals are chosen?")
        case .fieldMissingRule: ("Fehlende Werte", "Missing values")
        case .fieldCSVPath: ("Pfad der CSV-Datei", "Path of the CSV file")
        case .keyRounds: ("Konsensieren (alle Runden)", "Consensing (all rounds)")
        case .keyNewRound: ("Neue Konsensierungsrunde", "New consensing round")
        case .keyRemoveRound: ("Runde entfernen", "Remove round")
        case .removeRoundQuestion: ("Runde „{1}“ mit allen Werten entfernen? (u macht rückgängig)", "Remove round “{1}” with all values? (u undoes)")
        case .keyPreviousProposal: ("Vorschlag links", "Proposal to the left")
        case .keyNextProposal: ("Vorschlag rechts", "Proposal to the right")
        case .keyPreviousRater: ("Person darüber", "Rater above")
        case .keyNextRater: ("Person darunter", "Rater below")
        case .keyToggleDirection: ("Eingabe weiter je Person ↔ je Vorschlag", "Advance per rater ↔ per proposal")
        case .keyClearValue: ("Wert löschen (fehlt)", "Clear value (missing)")
        case .keyReveal: ("Ergebnis aufdecken", "Reveal the result")
        case .keyToggleResult: ("Raster ↔ Ergebnistabelle", "Grid ↔ result table")
        case .keyTally: ("Auszählung für den Beamer", "Tally for the projector")
        case .keyCloseRound: ("Runde abschließen (Entscheidung festhalten)", "Close the round (record the decision)")
        case .keyReopenRound: ("Runde wieder öffnen", "Reopen the round")
        case .keyAddRater: ("Weitere Person", "Add a rater")
        case .keyImportCSV: ("Werte aus CSV-Datei importieren", "Import values from a CSV file")
        case .valueOutOfScale: ("{1} liegt außerhalb der Skala 0–{2}.", "{1} is outside the scale 0–{2}.")
        case .directionByRater: ("Eingabe geht weiter zum nächsten Vorschlag derselben Person.", "Entry moves on to the next proposal of the same rater.")
        case .directionByProposal: ("Eingabe geht weiter zur nächsten Person beim selben Vorschlag.", "Entry moves on to the next rater of the same proposal.")
        case .revealed: ("Ergebnis aufgedeckt – alle Werte sind da.", "Result revealed – all values are in.")
        case .revealedWithMissing: ("Ergebnis aufgedeckt – ACHTUNG: {1} Werte fehlen.", "Result revealed – NOTE: {1} values are missing.")
        case .closeRoundQuestion: ("Runde „{1}“ abschließen und das Ergebnis festhalten?", "Close round “{1}” and record the result?")
        case .roundClosed: ("Runde abgeschlossen – Entscheidung festgehalten.", "Round closed – decision recorded.")
        case .roundReopened: ("Runde wieder geöffnet.", "Round reopened.")
        case .raterAdded: ("Person hinzugefügt.", "Rater added.")
        case .columnRank: ("Rang", "Rank")
        case .columnResistance: ("Widerstand", "Resistance")
        case .columnMean: ("Mittel", "Mean")
        case .columnAcceptance: ("Akzeptanz", "Acceptance")
        case .columnProposal: ("Vorschlag", "Proposal")
        case .markNotAcceptable: ("(nicht akzeptabel)", "(not acceptable)")
        case .resultLegend: ("★ gewählt · P Passivlösung · ✗ mehr Widerstand als die Passivlösung · = gleichauf", "★ chosen · P passive solution · ✗ more resistance than the passive solution · = tie")
        case .tieAtCut: ("GLEICHSTAND an der Auswahlgrenze – die Gruppe entscheidet", "TIE at the cut – the group decides")
        case .tallyCollecting: ("Personen haben alle Werte abgegeben", "raters have given all their values")
        case .tallyBestAcceptance: ("Akzeptanz für „{1}“", "Acceptance of “{1}”")
        case .tallyLegend: ("Balken: Gruppenwiderstand · ★ gewählt · P Passivlösung · ✗ nicht akzeptabel", "Bars: group resistance · ★ chosen · P passive solution · ✗ not acceptable")
        case .tallyMissing: ("{1} Werte fehlen", "{1} values missing")
        case .csvCannotRead: ("„{1}“ kann nicht gelesen werden. Bitte den Pfad prüfen.", "Cannot read “{1}”. Please check the path.")
        case .keyEditProposal: ("Vorschlag umbenennen / beschreiben", "Rename / describe the proposal")
        case .keyAddProposal: ("Vorschlag hinzufügen", "Add a proposal")
        case .keyRemoveProposal: ("Vorschlag entfernen", "Remove the proposal")
        case .removeProposalQuestion: ("Vorschlag „{1}“ mit seinen Werten entfernen? (u macht rückgängig)", "Remove proposal “{1}” with its values? (u undoes)")
        case .removePassiveQuestion:
            ("„{1}“ ist die Passivlösung – der Maßstab, an dem sich zeigt, ob ein Vorschlag tragbar ist. Wirklich entfernen? (u macht rückgängig)",
             "“{1}” is the passive solution – the bar that shows whether a proposal is acceptable. Really remove it? (u undoes)")
        case .csvImported: ("Importiert: Werte von {1} Person(en).", "Imported: values of {1} rater(s).")
        case .quickTitle: ("Schnelle Entscheidungen", "Quick decisions")
        case .quickEmpty: ("Noch keine. n: Handzeichen, Punkte kleben, Aufstellung im Raum oder Unterschriften.", "None yet. n: show of hands, dot voting, positioning in the room or signatures.")
        case .keyQuick: ("Schnelle Entscheidungen", "Quick decisions")
        case .keyNewQuick: ("Neue schnelle Entscheidung", "New quick decision")
        case .keyPreviousOption: ("Option links / darüber", "Previous option")
        case .keyNextOption: ("Option rechts / darunter", "Next option")
        case .keyIncrement: ("Eins mehr zählen", "Count one more")
        case .keyDecrement: ("Eins weniger zählen", "Count one less")
        case .keySetCount: ("Anzahl genau eingeben", "Type the exact count")
        case .keyAddSignature: ("Unterschrift hinzufügen", "Add a signature")
        case .keyRemoveSignature: ("Unterschrift entfernen", "Remove the signature")
        case .keyRecord: ("Ergebnis festhalten", "Record the result")
        case .keyRemoveQuick: ("Entscheidung entfernen", "Remove the decision")
        case .quickRecorded: ("Ergebnis festgehalten.", "Result recorded.")
        case .removeQuickQuestion: ("„{1}“ entfernen? (u macht rückgängig)", "Remove “{1}”? (u undoes)")
        case .quickTotal: ("gesamt {1}", "total {1}")
        case .quickDots: ("{1} Punkte pro Person", "{1} dots per person")
        case .quickStacking: ("Häufeln erlaubt", "stacking allowed")
        case .quickNoStacking: ("nicht häufeln", "no stacking")
        case .quickOpen: ("offen", "open")
        case .quickRecordedShort: ("✓ festgehalten", "✓ recorded")
        case .quickTie: ("Gleichstand dafür/dagegen", "Tie for/against")
        case .quickAdopted: ("Angenommen (mehr dafür als dagegen)", "Adopted (more for than against)")
        case .quickRejected: ("Abgelehnt (nicht mehr dafür als dagegen)", "Rejected (not more for than against)")
        case .quickLeading: ("Vorn: {1}", "Leading: {1}")
        case .fieldDecisionTitle: ("Frage oder Dokument", "Question or document")
        case .fieldOptions: ("Optionen für Punkte (mit Komma)", "Options for dots (comma-separated)")
        case .fieldDotsPerPerson: ("Punkte pro Person", "Dots per person")
        case .fieldStacking: ("Punkte häufeln erlaubt?", "Stacking dots allowed?")
        case .fieldPoles: ("Pole der Aufstellung (A, B)", "Poles of the positioning (A, B)")
        case .fieldSegments: ("Abschnitte zwischen den Polen", "Segments between the poles")
        case .fieldCount: ("Anzahl", "Count")
        case .quickSegment: ("Abschnitt {1}", "Segment {1}")
        case .quickReopened: ("Entscheidung wieder geöffnet.", "Decision reopened.")
        case .keyReopenQuick: ("Entscheidung wieder öffnen", "Reopen the decision")
        case .yes: ("ja", "yes")
        case .no: ("nein", "no")
        case .matricesTitle: ("Wesentlichkeitsmatrizen", "Materiality matrices")
        case .matricesEmpty: ("Noch keine Matrix. n legt eine an: Titel und zwei Achsen.", "No matrix yet. n defines one: title and two axes.")
        case .keyMatrices: ("Wesentlichkeitsmatrizen", "Materiality matrices")
        case .keyNewMatrix: ("Neue Matrix", "New matrix")
        case .keyEditMatrix: ("Titel und Achsen bearbeiten", "Edit title and axes")
        case .keyRemoveMatrix: ("Matrix entfernen", "Remove the matrix")
        case .removeMatrixQuestion: ("Matrix „{1}“ mit allen Themen entfernen? (u macht rückgängig)", "Remove matrix “{1}” with all topics? (u undoes)")
        case .topicCount: ("{1} Themen", "{1} topics")
        case .topicsEmpty: ("Noch keine Themen. a fügt Themen hinzu, c nimmt Karten.", "No topics yet. a adds topics, c takes cards.")
        case .matrixTitle: ("Wesentlichkeitsmatrix", "Materiality matrix")
        case .matrixGone: ("Diese Matrix gibt es nicht mehr. Esc geht zurück.", "This matrix no longer exists. Esc goes back.")
        case .keySortX: ("x-Achse vergleichen", "Compare on x")
        case .keySortY: ("y-Achse vergleichen", "Compare on y")
        case .keyPriorityList: ("Prioritäten", "Priorities")
        case .keyAddTopics: ("Themen hinzufügen", "Add topics")
        case .keyTopicsFromCards: ("Thema aus einer Karte übernehmen", "Take a topic from a card")
        case .keyRenameTopic: ("Thema umbenennen", "Rename the topic")
        case .keyRemoveTopic: ("Thema entfernen (u macht rückgängig)", "Remove the topic (u undoes)")
        case .keyTopicLeft: ("Thema nach links schieben", "Move the topic left")
        case .keyTopicRight: ("Thema nach rechts schieben", "Move the topic right")
        case .keyTopicUp: ("Thema nach oben schieben", "Move the topic up")
        case .keyTopicDown: ("Thema nach unten schieben", "Move the topic down")
        case .keyNextTopic: ("Nächstes Thema", "Next topic")
        case .keyPreviousTopic: ("Vorheriges Thema", "Previous topic")
        case .topicFromCardTitle: ("Thema aus Karte (tippen filtert)", "Topic from a card (typing filters)")
        case .topicAdded: ("Thema hinzugefügt.", "Topic added.")
        case .fieldMatrixTitle: ("Titel der Matrix", "Title of the matrix")
        case .fieldXAxis: ("Waagrechte Achse: „Name: niedrig, hoch“", "Horizontal axis: “name: low, high”")
        case .fieldYAxis: ("Senkrechte Achse: „Name: niedrig, hoch“", "Vertical axis: “name: low, high”")
        case .fieldTopics: ("Themen (eines pro Zeile; Alt‑Enter neue Zeile)", "Topics (one per line; Alt‑Enter new line)")
        case .fieldTopic: ("Thema", "Topic")
        case .comparisonTitle: ("Paarvergleich", "Pairwise comparison")
        case .keyAnswerMore: ("Mehr", "More")
        case .keyAnswerLess: ("Weniger", "Less")
        case .keyAnswerEqual: ("Etwa gleich", "About equal")
        case .keyTakeBack: ("Letzte Antwort zurücknehmen", "Take back the last answer")
        case .answerTakenBack: ("Letzte Antwort zurückgenommen.", "Last answer taken back.")
        case .sortingApplied: ("Alle Themen eingeordnet – Positionen gesetzt.", "All topics placed – positions set.")
        case .comparisonProgress: ("Frage {1} · noch höchstens {2}", "Question {1} · at most {2} to go")
        case .comparisonQuestion: ("„{1}“ – ist dieses Thema mehr oder weniger?", "“{1}” – is this topic more or less?")
        case .comparisonVersus: ("mehr ({1}) oder weniger ({2}) als", "more ({1}) or less ({2}) than")
        case .comparisonKeys: ("m / → mehr   ·   w / ← weniger   ·   g / = etwa gleich   ·   u zurück", "m / → more   ·   w / ← less   ·   g / = about equal   ·   u back")
        case .priorityTitle: ("Prioritätenliste", "Priority list")
        case .priorityCut: ("priorisiert: {1} Themen oben rechts", "prioritised: {1} topics top right")
        case .errorNothingPrioritised: ("In „{1}“ steht noch kein Thema oben rechts: erst platzieren.", "No topic of “{1}” is in the top-right quadrant yet: place them first.")
        case .keyProfilePlaceholders: ("Steckbrief-Platzhalter", "Profile placeholders")
        case .placeholdersCreated: ("Pinnwand „{1}“ mit {2} Steckbrief-Platzhaltern angelegt.", "Board “{1}” with {2} profile placeholders created.")
        case .notPlaced: ("nicht platziert", "not placed")
        case .keyQuit: ("Beenden", "Quit")
        case .keyHelp: ("Tastenhilfe", "Key help")
        case .keyCommandLine: ("Befehlszeile", "Command line")
        case .keyBack: ("Zurück / Abbrechen", "Back / cancel")
        case .keyNextPane: ("Nächster Bereich", "Next pane")
        case .keyPreviousPane: ("Vorheriger Bereich", "Previous pane")
        case .keyUp: ("Auswahl hoch", "Selection up")
        case .keyDown: ("Auswahl runter", "Selection down")
        case .keyPageUp: ("Seite hoch", "Page up")
        case .keyPageDown: ("Seite runter", "Page down")
        case .keyTop: ("Zum Anfang", "To the top")
        case .keyBottom: ("Zum Ende", "To the end")
        case .keyNameSpace: ("Leertaste", "Space")
        case .keyNameControl: ("Strg", "Ctrl")
        case .keyNameDelete: ("Entf", "Del")
        case .keyNameHome: ("Pos1", "Home")
        case .keyNameEnd: ("Ende", "End")
        case .keyNamePageUp: ("Bild↑", "PgUp")
        case .keyNamePageDown: ("Bild↓", "PgDn")
        case .keySearch: ("Karten suchen (alle Pinnwände)", "Search cards (all boards)")
        case .keyLeft: ("Überschrift links", "Heading to the left")
        case .keyRight: ("Überschrift rechts", "Heading to the right")
        case .keyNextBoard: ("Nächste Pinnwand", "Next board")
        case .keyPreviousBoard: ("Vorherige Pinnwand", "Previous board")
        case .keyBoards: ("Alle Pinnwände", "All boards")
        case .keyNewCard: ("Neue Karte (Enter/Esc speichert, Enter: nächste)", "New card (Enter/Esc saves, Enter: next one)")
        case .keyNewCluster: ("Neue runde Karte (Cluster)", "New round card (cluster)")
        case .keyGroup:
            ("In einen Cluster legen (Liste der runden Karten) / aus dem Cluster lösen",
             "Put into a cluster (list of round cards) / release from it")
        case .keyMoveLeft: ("Karte zur Überschrift links", "Card to the heading on the left")
        case .keyMoveRight: ("Karte zur Überschrift rechts", "Card to the heading on the right")
        case .keyRelocate: ("Karte verschieben (andere Pinnwand)", "Move card (other board)")
        case .keyLink: ("Karte verknüpfen / Verknüpfung lösen", "Link card / remove link")
        case .keyAddHeading: ("Neue Überschrift", "New heading")
        case .keyRenameHeading: ("Überschrift umbenennen", "Rename heading")
        case .keyRemoveHeading: ("Überschrift entfernen", "Remove heading")
        case .keyHeadingLeft: ("Überschrift nach links schieben", "Move heading left")
        case .keyHeadingRight: ("Überschrift nach rechts schieben", "Move heading right")
        case .keyTogglePrepared: ("Karte als vorbereitet ◇ / aus dem Raum • markieren", "Mark card as prepared ◇ / from the room •")
        case .cardPrepared: ("Karte als vorbereitet markiert (◇).", "Card marked as prepared (◇).")
        case .cardFromRoom: ("Karte als Beitrag aus dem Raum markiert (•).", "Card marked as from the room (•).")
        case .keyPresent: ("Plenumsansicht (Beamer)", "Plenary view (projector)")
        case .keyAggregate: ("Auswertung nach Schlagwort und Verknüpfung", "Summary by tag and link")
        case .keyEditCard: ("Karte bearbeiten", "Edit card")
        case .keyRemoveCard: ("Karte entfernen (u holt sie zurück)", "Remove the card (u brings it back)")
        case .keyNewBoard: ("Neue Pinnwand", "New board")
        case .keyEditBoard: ("Pinnwand bearbeiten", "Edit board")
        case .keyRemoveBoard: ("Pinnwand entfernen", "Remove board")
        case .keyNextPage: ("Nächste Seite", "Next page")
        case .keyPreviousPage: ("Vorherige Seite", "Previous page")
        case .keyOpen: ("Öffnen", "Open")
        case .keyAdd: ("Hinzufügen", "Add")
        case .keyEdit: ("Bearbeiten", "Edit")
        case .keyDelete: ("Entfernen", "Remove")
        case .keyUndo: ("Rückgängig", "Undo")
        case .keyRedo: ("Wiederherstellen", "Redo")
        case .keyMoveUp: ("Nach oben schieben", "Move up")
        case .keyMoveDown: ("Nach unten schieben", "Move down")
        case .keyEditInfo: ("Titel, Datum, Ort bearbeiten", "Edit title, date, place")
        case .protocolHeadline: ("Protokoll", "Minutes")
        case .protocolContents: ("Inhalt", "Contents")
        case .protocolFooter: ("Erstellt mit allianz-tui.", "Created with allianz-tui.")
        case .protocolMeeting: ("Die Sitzung", "The meeting")
        case .protocolDate: ("Datum", "Date")
        case .protocolTotal: ("Gesamt", "Total")
        case .protocolColumnNumber: ("Nr.", "No.")
        case .protocolCardLegend:
            ("Karten in der Reihenfolge der Pinnwand. Runde Karten (Cluster) sind fett gesetzt, die ihnen zugeordneten Karten eingerückt; „vorbereitet“ markiert Karten, die vor der Sitzung auslagen.",
             "Cards in the order of the board. Round cards (clusters) are set in bold, the cards grouped under them indented; “prepared” marks cards laid out before the meeting.")
        case .protocolCards: ("Karten", "Cards")
        case .protocolNoCards: ("(keine Karten)", "(no cards)")
        case .protocolPrepared: ("vorbereitet", "prepared")
        case .protocolAggregationNote:
            ("Alle Karten mit Schlagwort, nach Schlagwort geordnet. Neben einer Karte stehen die Karten, mit denen sie verknüpft ist (z. B. die Visionen zu einer Herausforderung).",
             "All tagged cards, by tag. Beside a card stand the cards it is linked to (e.g. the visions that answer a challenge).")
        case .protocolTagTitle: ("{1} ({2} Karten)", "{1} ({2} cards)")
        case .protocolLinkedCards: ("Verknüpfte Karten", "Linked cards")
        case .protocolMateriality: ("Wesentlichkeitsanalyse", "Materiality analysis")
        case .protocolAxis: ("{1} (von „{2}“ bis „{3}“)", "{1} (from “{2}” to “{3}”)")
        case .protocolAxisX: ("Waagrechte Achse", "Horizontal axis")
        case .protocolAxisY: ("Senkrechte Achse", "Vertical axis")
        case .protocolTopics: ("Themen", "Topics")
        case .protocolPrioritised: ("Priorisiert", "Prioritised")
        case .protocolIllustrative: ("Achsen und Platzierungen sind illustrativ (Beispieldaten).", "Axes and placements are illustrative (example data).")
        case .protocolMatrixCaption:
            ("Die Nummern der Punkte sind die Ränge der Prioritätenliste; grün: priorisierte Themen (oben rechts).",
             "The numbers of the dots are the ranks in the priority list; green: prioritised topics (top right).")
        case .protocolCutLine: ("✂ Schnittlinie: {1} Themen priorisiert", "✂ Cut line: {1} topics prioritised")
        case .protocolColumnTopic: ("Thema", "Topic")
        case .protocolColumnQuadrant: ("Quadrant", "Quadrant")
        case .protocolStatus: ("Stand", "Status")
        case .protocolRaters: ("Bewertende", "Raters")
        case .protocolVotingRunning: ("Abstimmung läuft ({1} von {2} Werten)", "Voting in progress ({1} of {2} values)")
        case .protocolNothingChosen: ("Gewählt: keiner der Vorschläge.", "Chosen: none of the proposals.")
        case .protocolChosen: ("Gewählt: {1}", "Chosen: {1}")
        case .protocolAcceptanceChart: ("Akzeptanz je Vorschlag (100 % = kein Widerstand)", "Acceptance per proposal (100 % = no resistance)")
        case .protocolResultLegend:
            ("Rang mit „=“: gleicher Widerstand. Akzeptanz = 100 × (1 − Widerstand ÷ (Anzahl der Werte × {1}))",
             "Rank with “=”: equal resistance. Acceptance = 100 × (1 − resistance ÷ (number of values × {1}))")
        case .protocolColumnMissing: ("Fehlend", "Missing")
        case .protocolColumnOutcome: ("Ergebnis", "Outcome")
        case .protocolMarkChosen: ("★ gewählt", "★ chosen")
        case .protocolMarkPassive: ("Passivlösung", "Passive solution")
        case .protocolMarkNotAcceptable: ("✗ mehr Widerstand als die Passivlösung", "✗ more resistance than the passive solution")
        case .protocolPoles: ("Pole", "Poles")
        case .protocolSignatureCount: ("{1} Unterschriften", "{1} signatures")
        case .protocolColumnOption: ("Option", "Option")
        case .protocolRecordedAt: ("festgehalten ({1})", "recorded ({1})")
        case .protocolColumnBoard: ("Pinnwand", "Board")
        case .protocolColumnAuthor: ("Von", "By")
        case .protocolColumnTags: ("Schlagworte", "Tags")
        case .protocolColumnX: ("x (waagrecht, 0–1)", "x (horizontal, 0–1)")
        case .protocolColumnY: ("y (senkrecht, 0–1)", "y (vertical, 0–1)")
        case .protocolColumnRound: ("Runde", "Round")
        case .protocolColumnRater: ("Person", "Rater")
        case .protocolColumnKind: ("Art", "Kind")
        case .exportNeedsDirectory:
            ("Der CSV-Export schreibt mehrere Dateien und braucht einen Ordner: bitte mit --out ORDNER angeben (er wird angelegt, wenn es ihn noch nicht gibt).",
             "The CSV export writes several files and needs a directory: please name one with --out DIR (it is created if it does not exist yet).")
        case .exportCannotWrite:
            ("Protokoll nicht geschrieben: „{1}“ – {2}. Bitte einen vorhandenen Ordner wählen, in den geschrieben werden darf.",
             "Minutes not written: “{1}” – {2}. Please choose an existing directory you may write to.")
        case .exportSemicolonOnlyCSV: ("--csv-semicolon gilt nur für --format csv.", "--csv-semicolon applies only to --format csv.")
        case .exportWritten: ("Protokoll geschrieben: {1}", "Minutes written: {1}")
        case .commandExportUsage:
            ("Aufruf: :export md|html|csv [PFAD] – ohne Pfad neben die Workshopdatei.",
             "Usage: :export md|html|csv [PATH] – without a path next to the workshop file.")
        case .writeProblemNoDirectory: ("den Ordner gibt es nicht", "the directory does not exist")
        case .writeProblemPermission: ("keine Schreibberechtigung", "no permission to write there")
        case .writeProblemReadOnly: ("das Laufwerk ist schreibgeschützt", "the drive is read-only")
        case .writeProblemNoSpace: ("der Datenträger ist voll", "the disk is full")
        case .writeProblemIsDirectory: ("das ist ein Ordner, bitte einen Dateinamen angeben", "that is a directory, please give a file name")
        case .writeProblemNotADirectory: ("das ist kein Ordner", "that is not a directory")
        case .writeProblemNoPath: ("kein Pfad angegeben", "no path given")
        }
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .de: entry.de
        case .en: entry.en
        }
    }

    /// The text in `language` with `{1}`, `{2}`, … replaced by the arguments.
    public func format(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        var result = text(language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument.description)
        }
        return result
    }
}
