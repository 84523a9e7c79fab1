import Foundation

/// A line chart of scores (1–10) over weeks, drawn on the server as SVG: no script, no library. The latest
/// value is labelled on the chart; the chart carries a `<title>` and `<desc>`, and pages put the same figures
/// in a table beside it for screen readers.
struct LineChart: Sendable {
    struct Point: Sendable {
        let label: String
        let value: Double
    }

    let title: String
    let points: [Point]
    var width = 640
    var height = 220

    /// The SVG markup. Every text in it is escaped here, which is why pages may place it unescaped.
    var svg: String {
        let left = 36.0, right = 56.0, top = 16.0, bottom = 34.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        func x(_ index: Int) -> Double {
            points.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(points.count - 1)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (min(10, max(1, value)) - 1) / 9) }
        var parts: [String] = []
        let description = points.map { "\($0.label): \(Self.format($0.value))" }.joined(separator: "; ")
        parts.append(#"<svg class="chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">"#)
        parts.append(#"<title id="chart-title">\#(Self.escape(title))</title><desc id="chart-desc">\#(Self.escape(description))</desc>"#)
        for grid in [1.0, 4.0, 7.0, 10.0] {
            parts.append(#"<line class="grid" x1="\#(left)" x2="\#(left + plotWidth)" y1="\#(y(grid))" y2="\#(y(grid))"/>"#)
            parts.append(#"<text class="axis" x="\#(left - 8)" y="\#(y(grid) + 4)" text-anchor="end">\#(Int(grid))</text>"#)
        }
        let labelEvery = max(1, points.count / 6)
        for (index, point) in points.enumerated() where index % labelEvery == 0 || index == points.count - 1 {
            parts.append(#"<text class="axis" x="\#(x(index))" y="\#(Double(height) - 10)" text-anchor="middle">\#(Self.escape(point.label))</text>"#)
        }
        if !points.isEmpty {
            let path = points.enumerated().map { index, point in "\(index == 0 ? "M" : "L")\(Self.format(x(index))),\(Self.format(y(point.value)))" }
            parts.append(#"<path class="line" d="\#(path.joined(separator: " "))"/>"#)
            for (index, point) in points.enumerated() {
                parts.append(#"<circle class="dot" cx="\#(Self.format(x(index)))" cy="\#(Self.format(y(point.value)))" r="3.5"/>"#)
            }
            let last = points.count - 1
            parts.append(#"<text class="latest" x="\#(Self.format(x(last) + 8))" y="\#(Self.format(y(points[last].value) + 4))">\#(Self.format(points[last].value))</text>"#)
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// "7", "7.5", "-0.4": a whole number without decimals, else one decimal. Written out by hand because
    /// Foundation's `String(format:)` and `replacingOccurrences` were a tenth of the home page's CPU.
    static func format(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
