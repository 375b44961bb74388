import CProcess

/// The command line the process was started with.
///
/// Swift's `CommandLine.arguments` is read from `/proc/self/cmdline` on Linux and is empty where
/// there is no `/proc` (a chroot, some sandboxes), which would make every argument vanish; the
/// arguments kept by a C initialiser stand in then.
public enum LaunchArguments {
    public static var all: [String] {
        if !CommandLine.arguments.isEmpty { return CommandLine.arguments }
        guard let argv = narrator_launch_argv() else { return [] }
        return (0..<Int(narrator_launch_argc())).compactMap { argv[$0].map { String(cString: $0) } }
    }
}

