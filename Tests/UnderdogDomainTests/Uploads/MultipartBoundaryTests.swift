import Testing
import UnderdogDomain

@Suite("Multipart boundary from Content-Type")
struct MultipartBoundaryTests {
    @Test("reads the boundary, quoted or not, in any case and spacing", arguments: [
        ("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", "----WebKitFormBoundary7MA4YWxkTrZu0gW"),
        ("multipart/form-data; boundary=\"a b:c\"", "a b:c"),
        ("Multipart/Form-Data ;  BOUNDARY=abc ; charset=utf-8", "abc"),
        ("multipart/form-data; charset=utf-8; boundary=\"x\"", "x"),
        ("multipart/form-data;boundary=------------------------d74496d66958873e", "------------------------d74496d66958873e"),
    ])
    func reads(contentType: String, boundary: String) {
        #expect(MultipartFormDataParser.boundary(fromContentType: contentType) == boundary)
    }

    @Test("nil when absent, empty, too long, not allowed, or not multipart/form-data", arguments: [
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\"\"",
        "multipart/form-data; boundary=" + String(repeating: "b", count: 71),
        "multipart/form-data; boundary=\"ends in space \"",
        "multipart/form-data; boundary=\"semi;colon\"",
        "multipart/mixed; boundary=abc",
        "application/x-www-form-urlencoded",
        "text/plain; boundary=abc",
        "",
        "multipart/form-data; boundary=\"unterminated",
    ])
    func refuses(contentType: String) {
        #expect(MultipartFormDataParser.boundary(fromContentType: contentType) == nil)
    }

    @Test("a boundary of exactly 70 characters is allowed")
    func seventy() {
        let boundary = String(repeating: "b", count: 70)
        #expect(MultipartFormDataParser.boundary(fromContentType: "multipart/form-data; boundary=\(boundary)") == boundary)
    }
}
