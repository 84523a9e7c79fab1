import Testing
@testable import UnderdogServer

/// The chart's own number formatting and escaping, written by hand instead of Foundation's `String(format:)`.
@Suite("Line chart text")
struct LineChartTests {
    @Test("numbers: whole without decimals, else one decimal, rounded half away from zero")
    func format() {
        #expect(LineChart.format(7) == "7")
        #expect(LineChart.format(7.5) == "7.5")
        #expect(LineChart.format(7.04) == "7.0")
        #expect(LineChart.format(7.06) == "7.1")
        #expect(LineChart.format(0.35) == "0.4")
        #expect(LineChart.format(-0.4) == "-0.4")
        #expect(LineChart.format(-12.25) == "-12.3")
        #expect(LineChart.format(123.45) == "123.5")
    }

    @Test("labels are escaped for SVG text and attributes")
    func escape() {
        #expect(LineChart.escape(#"Q&A <week> "one""#) == "Q&amp;A &lt;week&gt; &quot;one&quot;")
        #expect(LineChart.escape("12 Nov") == "12 Nov")
    }

    @Test("the chart names every point in its description and draws one dot per point")
    func svg() {
        let chart = LineChart(title: "Overall <score>", points: [.init(label: "3 Nov", value: 5), .init(label: "10 Nov", value: 6.5)])
        let svg = chart.svg
        #expect(svg.contains("3 Nov: 5; 10 Nov: 6.5"))
        #expect(svg.components(separatedBy: #"class="dot""#).count - 1 == 2)
        #expect(!svg.contains("<score>"))
    }
}
