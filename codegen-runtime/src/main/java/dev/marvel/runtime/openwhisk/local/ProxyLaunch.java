package dev.marvel.runtime.openwhisk.local;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start an action-proxy JVM: which {@code java}, which class path (it must hold
 * codegen-runtime and its dependencies, i.e. what the Marvel runtime image carries) and which
 * module flags. {@link #ofCurrentJvm()} copies this JVM's, so children get the same
 * {@code --add-opens} list that Ignite and Hadoop need on Java 17.
 */
public record ProxyLaunch(Path java, String classPath, List<String> jvmFlags) {

    public ProxyLaunch {
        jvmFlags = List.copyOf(jvmFlags);
    }

    public static ProxyLaunch ofCurrentJvm() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProxyLaunch(java, System.getProperty("java.class.path"), moduleFlags(
                ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** The {@code --add-opens}/{@code --add-exports} flags among a JVM's arguments, in both spellings. */
    static List<String> moduleFlags(List<String> jvmArguments) {
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < jvmArguments.size(); i++) {
            String argument = jvmArguments.get(i);
            if (argument.startsWith("--add-opens=") || argument.startsWith("--add-exports=")) {
                flags.add(argument);
            } else if ((argument.equals("--add-opens") || argument.equals("--add-exports"))
                    && i + 1 < jvmArguments.size()) {
                flags.add(argument + "=" + jvmArguments.get(++i));
            }
        }
        return flags;
    }

    /** The command line of a proxy child listening on a loopback port it picks itself. */
    List<String> command(int maxMemoryMb, long maxActivationMillis) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmFlags);
        command.add("-Xmx" + maxMemoryMb + "m");
        // Small heaps and one activation at a time: the serial collector starts fastest.
        command.add("-XX:+UseSerialGC");
        // As in the runtime image: a JVM out of heap exits and its container is replaced, never reused.
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-cp");
        command.add(classPath);
        command.add("dev.marvel.runtime.openwhisk.ActionProxy");
        command.addAll(List.of("--host", "127.0.0.1", "--port", "0",
                "--max-time-ms", Long.toString(maxActivationMillis)));
        return command;
    }
}
