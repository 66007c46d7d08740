package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.WskProps;
import dev.marvel.runtime.openwhisk.local.AuthKey;
import dev.marvel.runtime.openwhisk.local.LocalWhisk;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy, invoke, status and undeploy as a user runs them, against a {@code marvelc serve}
 * backend over real HTTP with actions in child JVMs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenWhiskCommandsTest {
  private static final Pattern STARTED =
      Pattern.compile("job (upper-([0-9a-f]{32})) started \\(driver activation \\2\\)");

  private LocalWhisk whisk;
  private WskProps props;
  private final StringWriter serverErrors = new StringWriter();

  private record Result(int exit, String out, String err) {}

  @BeforeAll
  void start() throws IOException {
    whisk = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0).withPool(2, 16),
        new PrintWriter(serverErrors, true));
    props = whisk.wskProps();
  }

  @AfterAll
  void stop() {
    whisk.close();
    assertEquals("", serverErrors.toString());
  }

  private Result run(String... args) {
    return runAs(props, args);
  }

  private static Result runAs(WskProps as, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--apihost", as.apiHost(), "--auth", as.auth(), "--namespace", "_"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void deployInvokeStatusAndUndeployAJob(@TempDir Path root) throws IOException {
    UppercaseBundle bundle = new UppercaseBundle(root);
    String shuffle = "local:" + root.resolve("shuffle");

    Result deployed = run("deploy", bundle.dir.toString(), "--kind", "java:8", "--shuffle", shuffle);
    assertEquals(0, deployed.exit(), deployed.err());
    assertEquals("deployed upper to " + props.apiHost() + " (namespace _): 2 actions\n"
        + "  upper/driver\n  upper/upper-s1\n"
        + "shuffle: " + shuffle + "\n"
        + "run it with: marvelc invoke upper --wait\n", deployed.out());
    assertFalse(deployed.out().contains(props.auth().substring(props.auth().indexOf(':') + 1)), "no key shown");

    Path elsewhere = root.resolve("shouted");
    Result invoked = run("invoke", "upper", "-p", "output=" + elsewhere, "--wait");
    assertEquals(0, invoked.exit(), invoked.err());
    Matcher started = STARTED.matcher(invoked.out().lines().findFirst().orElseThrow());
    assertTrue(started.matches(), invoked.out());
    assertTrue(invoked.out().contains("\njob " + started.group(1) + " succeeded\nstage"), invoked.out());
    assertTrue(invoked.out().contains("\ns1 "), invoked.out());
    assertEquals(List.of("OR NOT", "THAT IS", "THE QUESTION", "TO BE"), UppercaseBundle.lines(elsewhere));
    assertTrue(Files.exists(elsewhere.resolve("_SUCCESS")), "committed");

    Result status = run("status", started.group(1));
    assertEquals(0, status.exit(), status.err());
    assertTrue(status.out().startsWith("job " + started.group(1) + " succeeded\n"), status.out());

    Result undeployed = run("undeploy", bundle.dir.toString());
    assertEquals(0, undeployed.exit(), undeployed.err());
    assertEquals("undeployed upper from " + props.apiHost() + ": 2 actions\n  upper/driver\n  upper/upper-s1\n",
        undeployed.out());
    assertEquals(Optional.empty(), new OpenWhiskClient(props).getPackage("upper"));
  }

  @Test
  void statusReadsTaskStateFromIgniteWhenTheDriverKeepsItThere(@TempDir Path root) throws IOException {
    UppercaseBundle bundle = new UppercaseBundle(root);
    try (EmbeddedIgnite ignite = EmbeddedIgnite.start(root.resolve("ignite"))) {
      String address = ignite.thinClientAddress();
      Result deployed = run("deploy", bundle.dir.toString(), "--kind", "java:8", "--package", "upper-state",
          "--ignite", address);
      assertEquals(0, deployed.exit(), deployed.err());
      assertTrue(deployed.out().contains("shuffle: ignite:" + address + "; job state: ignite " + address + "\n"),
          deployed.out());
      Result invoked = run("invoke", "upper-state", "--wait");
      assertEquals(0, invoked.exit(), invoked.err());
      Matcher started = STARTED.matcher(invoked.out().lines().findFirst().orElseThrow());
      assertTrue(started.matches(), invoked.out());

      Result status = run("status", started.group(1), "--ignite", address);

      assertEquals(0, status.exit(), status.err());
      assertEquals("job " + started.group(1) + ": succeeded\n"
          + "  stage 0: 2/2 tasks succeeded, 0 running, 0 queued, 0 failed\n", status.out());
      Result unknown = run("status", "upper-0123", "--ignite", address);
      assertEquals(1, unknown.exit());
      assertEquals("error: the state store at " + address + " has no job upper-0123\n", unknown.err());
    } finally {
      run("undeploy", "upper-state");
    }
  }

  @Test
  void anInvokeWithoutWaitPrintsTheJobIdAndAFailedJobSaysWhy(@TempDir Path root) throws IOException {
    UppercaseBundle bundle = new UppercaseBundle(root);
    assertEquals(0, run("deploy", bundle.dir.toString(), "--kind", "java:8", "--package", "upper-bad").exit());

    Result invoked = run("invoke", bundle.dir.toString(), "--package", "upper-bad", "-p", "limit=3");
    assertEquals(0, invoked.exit(), invoked.err());
    Matcher started = STARTED.matcher(invoked.out().lines().findFirst().orElseThrow());
    assertTrue(started.matches(), invoked.out());
    assertTrue(invoked.out().endsWith("follow it with: marvelc status " + started.group(1) + "\n"), invoked.out());
    new OpenWhiskClient(props).awaitActivation(started.group(2), Duration.ofMinutes(1));

    Result status = run("status", started.group(1));
    assertEquals(1, status.exit());
    assertEquals("error: job " + started.group(1) + " failed (driver activation " + started.group(2) + "):\n"
        + "pipeline upper has no parameter 'limit'; its parameters are input, output\n", status.err());
    run("undeploy", "upper-bad");
  }

  @Test
  void aWrongKeyIsAClearErrorThatDoesNotShowTheKey(@TempDir Path root) throws IOException {
    UppercaseBundle bundle = new UppercaseBundle(root);
    AuthKey wrong = AuthKey.generate(new SecureRandom());

    Result r = runAs(props.withAuth(wrong.asWskAuth()), "deploy", bundle.dir.toString());

    assertEquals(1, r.exit());
    assertEquals("error: OpenWhisk at " + props.apiHost() + " rejected the API key (401 Unauthorized). Check AUTH"
        + " in ~/.wskprops or --auth; for `marvelc serve` use the key it printed or the .wskprops file it wrote.\n",
        r.err());
    assertFalse((r.out() + r.err()).contains(wrong.secret()));
  }

  @Test
  void anUnreachableApiHostIsAClearError(@TempDir Path root) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Result r = runAs(props.withApiHost("http://127.0.0.1:" + port), "deploy", new UppercaseBundle(root).dir.toString());

    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("error: Cannot reach OpenWhisk at http://127.0.0.1:" + port + " (ConnectException):"
        + " is it running? For a local one start `marvelc serve`"), r.err());
  }

  @Test
  void aRemoteApiHostNeedsToBeToldWhereTheShuffleGoes(@TempDir Path root) throws IOException {
    Result r = runAs(props.withApiHost("https://openwhisk.example.com"), "deploy",
        new UppercaseBundle(root).dir.toString());

    assertEquals(1, r.exit());
    assertEquals("error: say where the tasks on https://openwhisk.example.com stage shuffle data: --ignite HOST:PORT"
        + " (an Ignite cluster the actions reach) or --shuffle hdfs:URI\n", r.err());
  }

  @Test
  void somethingThatIsNeitherABundleNorAPackageIsNamed() {
    Result r = run("invoke", "no/such/bundle");

    assertEquals(1, r.exit());
    assertEquals("error: 'no/such/bundle' is neither a bundle directory nor a package name; give the directory"
        + " `marvelc compile` wrote, or the name of a deployed package\n", r.err());
  }

  @Test
  void serveWritesAWskpropsFileThatTheOtherCommandsUse(@TempDir Path root) throws Exception {
    Path file = root.resolve("wskprops");
    Thread serving = new Thread(() -> Marvelc.run(new String[] {"serve", "--port", "0", "--wskprops",
        file.toString(), "--max-containers", "1"}, new PrintWriter(new StringWriter()), new PrintWriter(System.err)));
    // serve runs until the JVM stops; its shutdown hook closes it then.
    serving.setDaemon(true);
    serving.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (Files.notExists(file) || Files.size(file) == 0) {
      assertTrue(System.nanoTime() < deadline, "serve wrote " + file);
      Thread.sleep(20);
    }
    WskProps served = WskProps.load(file);

    Result r = runAs(served, "undeploy", "nothing");

    assertEquals(0, r.exit(), r.err());
    assertEquals("nothing to undeploy: " + served.apiHost() + " has no package nothing\n", r.out());
    assertEquals("guest", served.namespace().toLowerCase(Locale.ROOT));
  }
}
