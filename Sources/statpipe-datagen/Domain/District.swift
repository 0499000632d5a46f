/// An administrative unit of the province: GSO code, name, and the slug of its data folder.
struct District: Hashable {
    /// GSO district code, three digits.
    let code: String
    let name: String
    /// ASCII slug of the name, as in the folder `148-hoa-binh`.
    let slug: String

    /// The folder under `districts/` that holds this district's files.
    var folder: String {
        "\(code)-\(slug)"
    }
}
