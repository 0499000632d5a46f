/// The tool's name and version, as the CLI and the run manifest report them.
public enum StatpipeVersion {
    public static let name = "statpipe"
    public static let current = "0.1.0"
}
