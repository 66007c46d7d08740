package dev.marvel.cli;

import dev.marvel.bundle.Bundle;
import dev.marvel.runtime.openwhisk.client.ActionSpec;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.WskProps;
import dev.marvel.runtime.openwhisk.deploy.BundleDeployment;
import dev.marvel.runtime.openwhisk.deploy.BundleManifest;
import dev.marvel.runtime.openwhisk.deploy.OpenWhiskInvoker;
import dev.marvel.runtime.yarn.YarnSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc deploy BUNDLE}: creates or updates the bundle's package on OpenWhisk, one action
 * per stage and the driver action. Deploying again replaces them; exit 0 when deployed, 1 when
 * OpenWhisk refused or could not be reached.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
    description = {"Deploy a compiled bundle to OpenWhisk: a package with one action per stage and a driver.",
      "Deploying again updates it in place. Run it with `marvelc invoke`."})
final class DeployCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle directory `marvelc compile` wrote.")
  String bundleDir;

  @Option(names = "--package", paramLabel = "NAME", description = "Package name (default: the pipeline's name).")
  String packageName;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Action kind: blackbox (the Marvel runtime image) or a runtime kind such as java:8"
          + " (default: the bundle's manifest.yaml, else blackbox).")
  String kind;

  @Option(names = "--image", paramLabel = "IMAGE",
      description = "Runtime image of blackbox actions (default: the bundle's manifest.yaml, else "
          + BundleDeployment.DEFAULT_IMAGE + ").")
  String image;

  @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "" + OpenWhiskInvoker.DEFAULT_MAX_CONCURRENT,
      description = "Activations a job may run at once, its driver included: the namespace's limit (default: 30).")
  int maxConcurrent;

  @Option(names = "--shuffle", paramLabel = "ENDPOINT",
      description = "Where tasks stage shuffle data: ignite:HOST:PORT, hdfs:URI or local:DIR (local only with"
          + " marvelc serve; default: ignite:--ignite, else local: on a loopback API host).")
  String shuffle;

  @Option(names = "--ignite", paramLabel = "HOST:PORT",
      description = "Thin-client address of the Ignite cluster that keeps job and task state (and the shuffle).")
  String ignite;

  @Option(names = "--yarn", paramLabel = "HOST:PORT",
      description = "The YARN ResourceManager the driver asks how wide each stage may run (never wider than"
          + " --max-concurrent allows) and where its tasks' blocks are.")
  String yarn;

  @Mixin
  WhiskOptions whisk;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return WhiskFailures.report(spec.commandLine().getErr(), () -> {
      Bundle bundle = DeployTarget.bundle(bundleDir);
      String name = packageName != null ? DeployTarget.checked(packageName) : bundle.plan().pipeline();
      if (maxConcurrent < 2) {
        throw new IllegalArgumentException("--max-concurrent must be at least 2: the driver takes one activation"
            + " and its tasks need another");
      }
      WskProps props = whisk.props(System.getenv());
      String shuffleEndpoint = shuffleEndpoint(props);
      BundleManifest manifest = BundleManifest.read(bundle.dir());
      BundleDeployment.Target target = new BundleDeployment.Target(name,
          kind != null ? kind : manifest.kind().orElse(ActionSpec.BLACKBOX),
          image != null ? Optional.of(image) : manifest.image(),
          maxConcurrent, Map.of("shuffle", shuffleEndpoint), Optional.ofNullable(ignite),
          Optional.ofNullable(yarn).map(YarnSettings::requireAddress));
      List<String> actions = BundleDeployment.deploy(new OpenWhiskClient(props), bundle, target, props.apiHost());
      out.println("deployed " + name + " to " + props.apiHost() + " (namespace " + props.namespace() + "): "
          + actions.size() + " actions");
      actions.forEach(action -> out.println("  " + name + "/" + action));
      out.println("shuffle: " + shuffleEndpoint + (ignite == null ? "" : "; job state: ignite " + ignite));
      if (yarn != null) {
        out.println("stage widths: YARN at " + yarn + ", at most " + (maxConcurrent - 1) + " tasks at once");
      }
      out.println("run it with: marvelc invoke " + name + " --wait");
      out.flush();
      return 0;
    });
  }

  private String shuffleEndpoint(WskProps props) {
    if (shuffle != null) {
      return shuffle;
    }
    if (ignite != null) {
      return "ignite:" + ignite;
    }
    String host = props.apiBase().getHost();
    if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]")) {
      // marvelc serve: every action runs on this machine, so a directory is shared by all of them.
      return "local:" + Path.of(System.getProperty("java.io.tmpdir"), "marvel-shuffle").toAbsolutePath();
    }
    throw new IllegalArgumentException("say where the tasks on " + props.apiHost() + " stage shuffle data:"
        + " --ignite HOST:PORT (an Ignite cluster the actions reach) or --shuffle hdfs:URI");
  }
}
