/// A GRDP production sector, in the enum order of SPEC §3.
enum Sector: String, CaseIterable, Hashable {
    case agriculture
    case industry
    case services
    case taxes
}
