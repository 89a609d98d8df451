/// The built-in demo workshop: the kick-off of the Wirtschaftsallianz Bottrop (placeholder, being filled in).
public enum DemoWorkshop {
    /// The kick-off meeting of 23 March 2017.
    public static let kickOff = Workshop(info: WorkshopInfo(title: "Auftaktveranstaltung der Wirtschaftsallianz Bottrop", date: "2017-03-23", place: "Lokschuppen Bottrop"))
}
