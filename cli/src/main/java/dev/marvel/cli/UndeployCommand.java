package dev.marvel.cli;

import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.WskProps;
import dev.marvel.runtime.openwhisk.deploy.BundleDeployment;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marvelc undeploy BUNDLE|PACKAGE}: deletes what deploy created; exit 0 also when nothing was there. */
@Command(name = "undeploy", mixinStandardHelpOptions = true,
    description = "Delete a deployed bundle's actions and package from OpenWhisk.")
final class UndeployCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE|PACKAGE", description = "A bundle directory or a package name.")
  String target;

  @Option(names = "--package", paramLabel = "NAME", description = "Package name, when deployed under another name.")
  String packageName;

  @Mixin
  WhiskOptions whisk;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return WhiskFailures.report(spec.commandLine().getErr(), () -> {
      String name = DeployTarget.resolve(target, packageName).packageName();
      WskProps props = whisk.props(System.getenv());
      Optional<List<String>> deleted = BundleDeployment.undeploy(new OpenWhiskClient(props), name);
      if (deleted.isEmpty()) {
        out.println("nothing to undeploy: " + props.apiHost() + " has no package " + name);
      } else {
        out.println("undeployed " + name + " from " + props.apiHost() + ": " + deleted.get().size() + " actions");
        deleted.get().forEach(action -> out.println("  " + name + "/" + action));
      }
      out.flush();
      return 0;
    });
  }
}
