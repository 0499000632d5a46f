import StatpipeCore

/// Collects what the re-evaluation rules need of each accepted product, while passing
/// the rows on to the real sink.
struct ProductFactsCollector {
    /// The facts gathered so far, by product_id.
    var facts: [String: ProductFacts] = [:]

    /// A sink that records facts from `schema`'s rows and forwards every row to `next`.
    func observe(_ schema: TableSchema, then next: (any AcceptedRowSink)?) -> Observer {
        Observer(schema: schema, next: next)
    }

    /// The recording sink.
    final class Observer: AcceptedRowSink {
        private(set) var facts: [String: ProductFacts] = [:]
        private let next: (any AcceptedRowSink)?
        private let id: Int?
        private let certifiedOn: Int?
        private let stars: Int?

        init(schema: TableSchema, next: (any AcceptedRowSink)?) {
            self.next = next
            id = schema.fieldIndex(named: "product_id")
            certifiedOn = schema.fieldIndex(named: "certified_on")
            stars = schema.fieldIndex(named: "stars")
        }

        func accept(_ row: TypedRow, dataset: PlannedDataset, file: PlannedFile) {
            if let id, let certifiedOn, let stars, let product = row.values[id]?.stringValue,
                let date = row.values[certifiedOn]?.dateValue, let count = row.values[stars]?.integerValue
            {
                facts[product] = ProductFacts(certifiedOn: date, stars: count)
            }
            next?.accept(row, dataset: dataset, file: file)
        }
    }
}
