import Testing
import UnderdogDomain

@Suite("Email addresses")
struct EmailAddressTests {
    @Test("ordinary work addresses are accepted, trimmed and lower-cased")
    func accepted() {
        #expect(EmailAddress.normalised("  Maya.Okafor@BlueJay.example ") == "maya.okafor@bluejay.example")
        #expect(EmailAddress.normalised("sam+calls@sales.co.uk") == "sam+calls@sales.co.uk")
        #expect(EmailAddress.normalised("o'neil@example.com") == "o'neil@example.com")
        #expect(EmailAddress.normalised("a@xn--bcher-kva.example") == "a@xn--bcher-kva.example")
    }

    @Test("quotes, empty or dotted-wrong local parts, bad domains and control bytes are refused", arguments: [
        "\"@x.example", "\"a b\"@x.example", "@x.example", "a@", "a@b", "a@.example", "a@example.", "a..b@x.example",
        ".a@x.example", "a.@x.example", "a@-x.example", "a@x-.example", "a@x..example", "a@1.2.3.4", "a@[127.0.0.1]",
        "a b@x.example", "a@x.example\r\nBcc: y@z.example", "a\u{0}@x.example", "a@b@x.example", "<a>@x.example",
        String(repeating: "a", count: 65) + "@x.example",
    ])
    func refused(_ text: String) {
        #expect(EmailAddress.normalised(text) == nil, "\(text.debugDescription)")
    }
}
