/// str's case conversions as CPython's unicodeobject.c does them: code point by code point
/// with the full (one-to-many) mappings, so `"ß".upper()` is "SS". Swift's `String`
/// methods work on grapheme clusters and have no case folding or titlecase, so these read
/// the Unicode properties of each scalar instead.
enum StrCase {
    static func upper(_ s: String) -> String {
        if isASCII(s) { return s.uppercased() }
        return map(s) { upperOf($0) }
    }

    /// ASCII text maps the same either way; Swift's own methods are much faster on it.
    @inline(__always) static func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }

    /// `lower()`, with CPython's one context rule: a capital sigma that ends a word becomes ς.
    static func lower(_ s: String) -> String {
        if isASCII(s) { return s.lowercased() }
        let u = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in u.enumerated() {
            if c == "\u{3A3}" {
                out.append(finalSigma(u, i) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out.append(contentsOf: lowerOf(c).unicodeScalars)
            }
        }
        return String(out)
    }

    static func casefold(_ s: String) -> String {
        if isASCII(s) { return s.lowercased() }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if let folded = caseFoldExceptions[c.value] {
                out.append(contentsOf: folded.compactMap(Unicode.Scalar.init))
            } else {
                out.append(contentsOf: lowerOf(c).unicodeScalars)
            }
        }
        return String(out)
    }

    /// `title()`: titlecase after an uncased character, lowercase after a cased one.
    static func title(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCased = false
        let u = Array(s.unicodeScalars)
        for (i, c) in u.enumerated() {
            if previousCased {
                if c == "\u{3A3}" { out.append(finalSigma(u, i) ? "\u{3C2}" : "\u{3C3}") }
                else { out.append(contentsOf: lowerOf(c).unicodeScalars) }
            } else {
                out.append(contentsOf: titleOf(c).unicodeScalars)
            }
            previousCased = c.properties.isCased
        }
        return String(out)
    }

    /// `capitalize()` (3.8+): the first character titlecased, the rest lowercased.
    static func capitalize(_ s: String) -> String {
        let u = Array(s.unicodeScalars)
        guard let first = u.first else { return "" }
        var out = String.UnicodeScalarView(titleOf(first).unicodeScalars)
        for i in 1..<u.count {
            let c = u[i]
            if c == "\u{3A3}" { out.append(finalSigma(u, i) ? "\u{3C2}" : "\u{3C3}") }
            else { out.append(contentsOf: lowerOf(c).unicodeScalars) }
        }
        return String(out)
    }

    /// `swapcase()`: uppercase ↔ lowercase; titlecase and uncased characters unchanged.
    static func swapcase(_ s: String) -> String {
        let u = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in u.enumerated() {
            if c.properties.isUppercase {
                if c == "\u{3A3}" { out.append(finalSigma(u, i) ? "\u{3C2}" : "\u{3C3}") }
                else { out.append(contentsOf: lowerOf(c).unicodeScalars) }
            } else if c.properties.isLowercase {
                out.append(contentsOf: upperOf(c).unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// CPython 3.11's Unicode database is version 14.0: characters assigned later are
    /// unassigned there (no case mappings, no properties). Swift's tables are newer.
    static func inPythonUnicode(_ c: Unicode.Scalar) -> Bool {
        guard let age = c.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }
    private static func lowerOf(_ c: Unicode.Scalar) -> String { inPythonUnicode(c) ? c.properties.lowercaseMapping : String(c) }
    private static func upperOf(_ c: Unicode.Scalar) -> String { inPythonUnicode(c) ? c.properties.uppercaseMapping : String(c) }
    private static func titleOf(_ c: Unicode.Scalar) -> String { inPythonUnicode(c) ? c.properties.titlecaseMapping : String(c) }

    private static func isTitlecase(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .titlecaseLetter }

    /// `islower()`: some lowercase character and no uppercase or titlecase one.
    static func isLower(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            if c.properties.isUppercase || isTitlecase(c) { return false }
            if c.properties.isLowercase { cased = true }
        }
        return cased
    }

    /// `isupper()`: some uppercase character and no lowercase or titlecase one.
    static func isUpper(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            if c.properties.isLowercase || isTitlecase(c) { return false }
            if c.properties.isUppercase { cased = true }
        }
        return cased
    }

    /// `istitle()`: uppercase/titlecase only after uncased characters, lowercase only after cased.
    static func isTitle(_ s: String) -> Bool {
        var cased = false, previousCased = false
        for c in s.unicodeScalars {
            if c.properties.isUppercase || isTitlecase(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if c.properties.isLowercase {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    /// CPython's handle_capital_sigma: preceded by a cased letter and not followed by one
    /// (case-ignorable characters in between are skipped both ways).
    private static func finalSigma(_ u: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && u[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && u[j].properties.isCased else { return false }
        var k = i + 1
        while k < u.count && u[k].properties.isCaseIgnorable { k += 1 }
        return k == u.count || !u[k].properties.isCased
    }

    private static func map(_ s: String, _ f: (Unicode.Scalar) -> String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(contentsOf: f(c).unicodeScalars) }
        return String(out)
    }
}
