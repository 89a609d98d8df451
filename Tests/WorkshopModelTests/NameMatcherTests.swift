import Testing
import WorkshopModel

/// Finding a person by a typed name: beginnings of the name or of any word, case and accents
/// ignored, near misses suggested.
@Suite struct NameMatcherTests {
    private let matcher = NameMatcher(names: [
        "Sabine Kötter", "Jürgen Weiß", "Prof. Dr. Claudia Möller", "Peter Schulte-Bräucker", "Fr. Lupprian",
        "Hr. Miller", "Hr. Müller-Lüdenscheidt", "Anna", "Anna Schmidt",
    ])

    @Test(arguments: [
        ("kot", "Sabine Kötter"), ("Kötter", "Sabine Kötter"), ("sabine", "Sabine Kötter"),
        ("Sab Kö", "Sabine Kötter"), ("weiss", "Jürgen Weiß"), ("weiß", "Jürgen Weiß"), ("Möl", "Prof. Dr. Claudia Möller"),
        ("claudia moller", "Prof. Dr. Claudia Möller"), ("Bräucker", "Peter Schulte-Bräucker"),
        ("Lupprian", "Fr. Lupprian"), ("fr. lupp", "Fr. Lupprian"), ("lüdenscheidt", "Hr. Müller-Lüdenscheidt"),
        ("  sabine   kötter ", "Sabine Kötter"),
    ])
    func aBeginningOfTheNameOrOfAWordFindsOnePerson(typed: String, expected: String) {
        #expect(matcher.match(typed) == .found(expected), "\(typed)")
    }

    @Test func aNameTypedInFullWinsOverLongerOnes() {
        #expect(matcher.match("anna") == .found("Anna"))
        #expect(matcher.match("Anna S") == .found("Anna Schmidt"))
    }

    @Test func severalFittingNamesAreAmbiguousInListOrder() {
        #expect(matcher.match("Hr.") == .ambiguous(["Hr. Miller", "Hr. Müller-Lüdenscheidt"]))
        #expect(matcher.match("m") == .ambiguous(["Prof. Dr. Claudia Möller", "Hr. Miller", "Hr. Müller-Lüdenscheidt"]))
        #expect(matcher.candidates("kö") == ["Sabine Kötter"])
        #expect(matcher.candidates("") == [])
    }

    @Test(arguments: [
        ("Köter", "Sabine Kötter"), ("Koetter", "Sabine Kötter"), ("Sabine Köttre", "Sabine Kötter"),
        ("Luprian", "Fr. Lupprian"), ("Jürgen Wieß", "Jürgen Weiß"), ("Lüdenschied", "Hr. Müller-Lüdenscheidt"),
    ])
    func aNearMissIsSuggested(typed: String, suggestion: String) {
        #expect(matcher.match(typed) == .notFound(suggestion: suggestion))
    }

    @Test(arguments: ["Xaver Zimmermann", "Bo", "qq", "Kleinschmidt"])
    func nothingNearIsNotSuggested(typed: String) {
        #expect(matcher.match(typed) == .notFound(suggestion: nil))
    }

    @Test func emptyInputAndDuplicateNamesAreHandled() {
        #expect(matcher.match("   ") == .notFound(suggestion: nil))
        // The same person on both lists is one candidate, spelled as first given.
        let both = NameMatcher(names: ["Sabine Kötter", "sabine kötter", "Lena Schäfer"])
        #expect(both.match("kö") == .found("Sabine Kötter"))
    }
}
