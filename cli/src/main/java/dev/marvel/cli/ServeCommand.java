package dev.marvel.cli;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.openwhisk.local.LocalWhisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc serve}: a local OpenWhisk-compatible controller whose actions run in
 * action-proxy child JVMs ({@link LocalWhisk}); serves until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve an OpenWhisk-compatible API on 127.0.0.1 for deploying and invoking bundles locally.",
      "Prints APIHOST, AUTH and NAMESPACE; stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: 3233; 0 picks a free one).")
  String port;

  @Option(names = "--auth", paramLabel = "UUID:KEY", description = "API key to accept (default: a fresh random one).")
  String auth;

  @Option(names = "--namespace", paramLabel = "NAME", description = "Namespace (default: guest).")
  String namespace;

  @Option(names = "--wskprops", paramLabel = "FILE",
      description = "Also write APIHOST, AUTH and NAMESPACE to FILE (for WSK_CONFIG_FILE, or as ~/.wskprops).")
  String wskprops;

  @Option(names = "--max-containers", paramLabel = "N",
      description = "Action containers (child JVMs) alive at once (default: cores, at least 2).")
  String maxContainers;

  @Option(names = "--max-queued", paramLabel = "N",
      description = "Activations waiting for a container before the API answers 429 (default: 16).")
  String maxQueued;

  @Option(names = "--ignite", description = {"Also start an Ignite node in this process for job state and shuffle data,",
      "and print its thin-client address for `marvelc deploy --ignite` and `marvelc status --ignite`."})
  boolean ignite;

  @Override
  public Integer call() throws IOException {
    if (ignite) {
      Path workDir = Files.createTempDirectory("marvel-serve-ignite-");
      EmbeddedIgnite node = EmbeddedIgnite.start(workDir);
      Runtime.getRuntime().addShutdownHook(new Thread(node::close));
      spec.commandLine().getOut().println("IGNITE=" + node.thinClientAddress());
    }
    List<String> args = new ArrayList<>();
    add(args, "--port", port);
    add(args, "--auth", auth);
    add(args, "--namespace", namespace);
    add(args, "--wskprops", wskprops);
    add(args, "--max-containers", maxContainers);
    add(args, "--max-queued", maxQueued);
    return LocalWhisk.run(args.toArray(String[]::new), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  private static void add(List<String> args, String flag, String value) {
    if (value != null) {
      args.add(flag);
      args.add(value);
    }
  }
}
