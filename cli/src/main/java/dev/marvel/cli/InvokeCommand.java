package dev.marvel.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.marvel.runtime.openwhisk.DriverAction;
import dev.marvel.runtime.openwhisk.client.Activation;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.OpenWhiskException;
import dev.marvel.runtime.openwhisk.deploy.BundleDeployment;
import dev.marvel.runtime.openwhisk.deploy.DriverConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc invoke BUNDLE|PACKAGE}: starts a job by invoking the deployed driver action
 * (non-blocking) and prints the job id; with {@code --wait}, follows the driver's activation until
 * it ends and prints the job summary. Exit 0 when started (or, with --wait, succeeded), 1 otherwise.
 */
@Command(name = "invoke", mixinStandardHelpOptions = true,
    description = {"Run a deployed bundle as a job on OpenWhisk; prints the job id.",
      "-p rebinds input and output paths; --wait waits for the job and prints its summary."})
final class InvokeCommand implements Callable<Integer> {
  /** The driver's own limit is 5 minutes; this covers it, queueing included. */
  private static final Duration MAX_WAIT = Duration.ofMinutes(10);

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE|PACKAGE", description = "A bundle directory or a deployed package.")
  String target;

  @Option(names = "--package", paramLabel = "NAME", description = "Package name, when deployed under another name.")
  String packageName;

  @Mixin
  ParameterOptions parameters;

  @Option(names = "--wait", description = "Wait for the job to end and print its summary.")
  boolean await;

  @Option(names = "--overwrite", description = "Replace existing outputs when the job commits.")
  boolean overwrite;

  @Mixin
  WhiskOptions whisk;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return WhiskFailures.report(err, () -> {
      DeployTarget deployed = DeployTarget.resolve(target, packageName);
      OpenWhiskClient client = new OpenWhiskClient(whisk.props(System.getenv()));
      String pipeline = deployed.bundle().map(b -> b.plan().pipeline())
          .orElseGet(() -> pipelineOf(client, deployed.packageName()));
      JsonObject values = new JsonObject();
      parameters.values().forEach(values::addProperty);
      JsonObject params = new JsonObject();
      params.add(DriverConfig.PARAMETERS, values);
      params.addProperty(DriverConfig.OVERWRITE, overwrite);

      String activationId = client.invoke(deployed.packageName(), BundleDeployment.DRIVER_ACTION, params);
      String jobId = DriverAction.jobId(pipeline, activationId);
      out.println("job " + jobId + " started (driver activation " + activationId + ")");
      out.flush();
      if (!await) {
        out.println("follow it with: marvelc status " + jobId);
        out.flush();
        return 0;
      }
      Activation driver = client.awaitActivation(activationId, MAX_WAIT);
      return JobOutcome.print(out, err, jobId, driver);
    });
  }

  /** The pipeline a package runs, from the annotation deploy put on it. */
  private static String pipelineOf(OpenWhiskClient client, String packageName) {
    JsonObject pkg = client.getPackage(packageName).orElseThrow(() -> new OpenWhiskException(
        OpenWhiskException.Reason.NOT_FOUND, 404, "there is no package " + packageName
            + ": deploy the bundle first with `marvelc deploy BUNDLE`"));
    for (JsonElement pair : pkg.getAsJsonArray("annotations")) {
      JsonObject annotation = pair.getAsJsonObject();
      if (annotation.get("key").getAsString().equals("marvel-pipeline")) {
        return annotation.get("value").getAsString();
      }
    }
    throw new IllegalArgumentException("package " + packageName + " was not deployed by `marvelc deploy`");
  }
}
