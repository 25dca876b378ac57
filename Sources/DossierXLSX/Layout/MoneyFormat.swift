/// Excel number formats for amounts of money: the currency's sign in front where it is unambiguous
/// (`$`, `£`, `€`, `¥`), else the ISO 4217 code after the number ("1,200 CHF"), as Excel's own
/// accounting formats do for currencies without a sign of their own.
enum MoneyFormat {
    private static let signs: [String: String] = ["USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"]

    static func code(for currency: String) -> (whole: String, fractional: String) {
        // The code is quoted as literal text; a code is three capital letters, so nothing needs escaping.
        let safe = String(currency.unicodeScalars.filter { ("A"..."Z").contains($0) }.prefix(3).map(Character.init))
        if let sign = signs[safe] {
            return ("\"\(sign)\"#,##0", "\"\(sign)\"#,##0.00")
        }
        return ("#,##0 \"\(safe)\"", "#,##0.00 \"\(safe)\"")
    }
}
