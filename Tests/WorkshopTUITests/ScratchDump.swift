import Testing
import WorkshopModel
@testable import WorkshopTUI

@Test func scratchDump() throws {
    func dump(_ title: String, _ c: Canvas) {
        print("=== \(title)")
        for (i, l) in c.lines.enumerated() { print(String(format: "%2d", i + 1) + "|" + l + "|") }
    }
    let f = try Fixture()
    f.press(.tab, .character("a"))
    f.type("Grüße Straßmann")
    dump("form typing", f.render())
    f.press(.tab)
    f.type("Ölmühle Weiß & Söhne GmbH – Bottroper Traditionsbetrieb seit 1887 mit sehr langem Namen")
    dump("form org", f.render())
    f.press(.enter)
    dump("after save", f.render())
    f.press(.character("a"), .enter)
    dump("empty error", f.render())
    f.press(.escape)
    f.press(.character("d"))
    dump("confirm", f.render())
    f.press(.character("n"))
    dump("cancelled", f.render())
    f.press(.character(":"))
    f.type("foo")
    dump("cmdline", f.render())
    f.press(.enter)
    dump("unknown", f.render())
    dump("40x10", f.render(40, 10))
    dump("59x16", f.render(59, 16))
    dump("60x16", f.render(60, 16))
    f.press(.character("i"))
    dump("info form 60x16", f.render(60, 16))
    f.press(.escape)
    f.press(.backTab, .character("a"))
    dump("agenda form", f.render())
    f.press(.escape, .character("?"))
    dump("help 60x16", f.render(60, 16))
}
