#!/usr/bin/env python3
"""Regenerates Sources/UnderdogDomain/Knowledge/Questions/EnglishFrequency.swift from wordfreq's English data
(pip install wordfreq==3.1.1; data CC BY-SA 4.0). Words are lower-cased with apostrophes dropped as QuestionWords
drops them, at least three letters, Zipf frequency at least 3.0, rounded to tenths.

    python3 scripts/english-frequency.py > Sources/UnderdogDomain/Knowledge/Questions/EnglishFrequency.swift
"""
import collections
import re

from wordfreq import top_n_list, zipf_frequency

CUT = 3.0
table = {}
for word in top_n_list('en', 60000):
    normal = word.lower()
    if normal.endswith("'s"):
        normal = normal[:-2]
    normal = normal.replace("'", "").replace("\u2019", "")
    if not re.fullmatch(r'[a-z][a-z0-9]*', normal) or len(normal) < 3:
        continue
    table[normal] = max(table.get(normal, 0), zipf_frequency(word, 'en'))
buckets = collections.defaultdict(list)
for word, zipf in table.items():
    if zipf >= CUT:
        buckets[round(zipf, 1)].append(word)
lines = []
for zipf in sorted(buckets, reverse=True):
    line = []
    for word in sorted(buckets[zipf]):
        line.append(word)
        if sum(len(w) + 1 for w in line) > 110:
            lines.append(f"{zipf:.1f} " + " ".join(line))
            line = []
    if line:
        lines.append(f"{zipf:.1f} " + " ".join(line))
count = sum(len(words) for words in buckets.values())
body = "\n".join("        " + line for line in lines)
print(f'''/// How common a word is in general English: its Zipf frequency, log10 of its occurrences per billion words ("the"
/// 7.7, "price" 5.0, "objection" 3.8, "voicemail" 3.3, "gatekeeper" under 3), for the {count} commonest words, all
/// whose frequency is at least {CUT:.1f}, rounded to tenths. Lower-cased, apostrophes dropped as `QuestionWords` drops them
/// ("dont"), at least three letters.
///
/// Generated from wordfreq 3.1.1's English data (Robyn Speer et al., https://github.com/rspeer/wordfreq), whose
/// data is licensed CC BY-SA 4.0; this table, derived from it, is shared under the same licence.
public enum EnglishFrequency {{
    /// The least frequency the table holds: a word not in it is rarer than this.
    public static let floor = {CUT:.1f}

    /// The word's Zipf frequency; nil for a word rarer than `floor` (or not English).
    public static func zipf(_ word: String) -> Double? {{
        table[word]
    }}

    private static let table: [String: Double] = {{
        var table: [String: Double] = [:]
        table.reserveCapacity({count})
        for line in data.split(separator: "\\n") {{
            let fields = line.split(separator: " ")
            guard let first = fields.first, let zipf = Double(first) else {{ continue }}
            for word in fields.dropFirst() {{ table[String(word)] = zipf }}
        }}
        return table
    }}()

    private static let data = """
{body}
        """
}}''')
