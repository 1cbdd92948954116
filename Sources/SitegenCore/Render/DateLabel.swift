/// How a date reads on a page: "18/12/2025", "tháng 10/2011", "năm 2019".
public enum DateLabel {
    public static func vietnamese(_ date: EventDate) -> String {
        label(date.start) + (date.end.map { " – " + label($0) } ?? "")
    }

    static func label(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        switch parts.count {
        case 3: return "\(Int(parts[2]) ?? 0)/\(Int(parts[1]) ?? 0)/\(parts[0])"
        case 2: return "tháng \(Int(parts[1]) ?? 0)/\(parts[0])"
        default: return "năm \(iso)"
        }
    }
}
