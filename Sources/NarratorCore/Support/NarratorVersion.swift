/// The package version, shown by `narrate --version` and written into files.
public enum NarratorVersion {
    public static let string = "0.1.0"
}
