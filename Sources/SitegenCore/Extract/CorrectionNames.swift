/// Turns the names an editor writes in a correction into the ids of the data files: a country by
/// code, name or alias ("JP", "Nhật Bản", "Japan"); a place by city or alias; a topic, kind or series
/// by id or label. Case, tone placement and dashes do not matter, as everywhere in matching.
struct CorrectionNames {
    let knowledge: Knowledge

    func country(_ written: String) -> String? {
        let key = VietnameseText.fold(written)
        return knowledge.countries.first { c in
            c.code.lowercased() == key || ([c.name, c.name_vi, c.name_en] + c.aliases).contains { VietnameseText.fold($0) == key }
        }?.code
    }

    func place(_ written: String) -> Place? {
        let key = VietnameseText.fold(written)
        return knowledge.places.first { p in ([p.city] + p.aliases).contains { VietnameseText.fold($0) == key } }
    }

    func topic(_ written: String) -> String? {
        let key = VietnameseText.fold(written)
        return knowledge.topics.first { t in [t.id, t.label_vi, t.label_en].contains { VietnameseText.fold($0) == key } }?.id
    }

    func kind(_ written: String) -> String? {
        let key = VietnameseText.fold(written)
        return knowledge.kinds.first { k in [k.id, k.label_vi, k.label_en].contains { VietnameseText.fold($0) == key } }?.id
    }

    func series(_ written: String) -> DialogueSeries? {
        let key = VietnameseText.fold(written)
        return knowledge.series.first { s in [s.id, s.name, s.name_en ?? s.id].contains { VietnameseText.fold($0) == key } }
    }

    /// Examples for an error message: the first few ids, so the editor sees the expected form.
    static func examples(_ ids: [String]) -> String {
        ids.prefix(6).joined(separator: ", ") + (ids.count > 6 ? ", …" : "")
    }
}
