/// Reads the few values Underdog needs from S3's small XML answers (`<Code>`, `<Message>`, `<UploadId>`,
/// `<ETag>`). A full XML parser would pull in libxml2 through FoundationXML on Linux for documents whose shape
/// is fixed and that never nest the elements we look for.
enum S3XML {
    /// The text of the first `<name>…</name>`, entities decoded; nil when absent.
    static func firstValue(of name: String, in document: String) -> String? {
        guard let open = document.range(of: "<\(name)>"),
            let close = document.range(of: "</\(name)>", range: open.upperBound..<document.endIndex)
        else { return nil }
        return decodeEntities(String(document[open.upperBound..<close.lowerBound]))
    }

    /// The first element's name, skipping the `<?xml …?>` prolog: S3 answers some failed requests with
    /// HTTP 200 and an `<Error>` document (CompleteMultipartUpload does), and this is how to tell.
    static func rootElement(of document: String) -> String? {
        var rest = document[...]
        while let start = rest.firstIndex(of: "<") {
            let after = rest.index(after: start)
            guard after < rest.endIndex else { return nil }
            if rest[after] == "?" || rest[after] == "!" {
                guard let end = rest[after...].firstIndex(of: ">") else { return nil }
                rest = rest[rest.index(after: end)...]
                continue
            }
            let name = rest[after...].prefix { !" />\t\r\n".contains($0) }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var decoded = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            decoded += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else {
                rest = rest[amp...]
                break
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": decoded += "&"
            case "lt": decoded += "<"
            case "gt": decoded += ">"
            case "quot": decoded += "\""
            case "apos": decoded += "'"
            default:
                let number: UInt32? = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { decoded.unicodeScalars.append(scalar) } else { decoded += "&\(entity);" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return decoded + rest
    }
}
