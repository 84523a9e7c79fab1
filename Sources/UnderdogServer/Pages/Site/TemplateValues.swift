/// A page model turned into the dictionaries and arrays Mustache reads fastest. Given a struct, Mustache
/// reflects over all of its fields on every `{{name}}` it looks up, and again for each enclosing context a
/// name is not found in: the score card paid that thousands of times per render. Reflecting each field
/// once, here, and handing Mustache dictionaries (which it reads by key) gives the same page for a fraction
/// of the work. A nil optional is left out, as Mustache treats a nil field: falsy, and looked up further out.
enum TemplateValues {
    static func flatten(_ value: Any) -> Any? {
        switch value {
        case is String, is Int, is Bool, is Double: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { flatten($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { flatten($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let field = flatten(child.value) { fields[label] = field }
            }
            return fields
        default:
            return value
        }
    }
}
