package dev.marvel.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.BadRecordPolicy;
import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Limits;
import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Parallelism;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.testkit.ActionJars;
import dev.marvel.runtime.testkit.ActionWitness;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LocalInvoker against real action jars compiled by the test. */
class LocalInvokerTest {

  @TempDir Path bundle;
  private LocalInvoker invoker;

  @BeforeEach
  void start() {
    ActionWitness.reset();
    invoker = new LocalInvoker(bundle, 2);
  }

  @AfterEach
  void stop() {
    invoker.close();
  }

  /** Compiles {@code body} as the main method of action {@code name} into actions/name.jar. */
  private Stage action(String name, String body, long timeoutMs) {
    String source = "package test.inline;\n"
        + "import com.google.gson.JsonObject;\n"
        + "import dev.marvel.bundle.*;\n"
        + "import dev.marvel.runtime.testkit.ActionWitness;\n"
        + "public class " + name + " {\n"
        + "  public static JsonObject main(JsonObject args) throws Exception {\n"
        + body + "\n  }\n}\n";
    ActionJars.compile(name, source, bundle.resolve("actions/" + name + ".jar"));
    return stage(name, "test.inline." + name, timeoutMs);
  }

  private static Stage stage(String jarName, String mainClass, long timeoutMs) {
    return new Stage("s1", jarName, "actions/" + jarName + ".jar", mainClass, "test",
        List.of(new InputChannel.Splits(List.of("in"), "text", 1, new TreeMap<>())),
        List.of(new OutputChannel.Shuffle(1, false)), Parallelism.NONE,
        new Limits(timeoutMs, 128), List.of());
  }

  private static TaskPayload payload(int task) {
    return new TaskPayload("job", "s1", task, 0, List.of(new TaskInput.Split("in", 0, 1)),
        List.of(), new TreeMap<>(), BadRecordPolicy.FAIL, 0);
  }

  private TaskResult run(Stage stage, TaskPayload payload) throws Exception {
    return invoker.invoke(stage, payload).get(20, TimeUnit.SECONDS);
  }

  @Test
  void runsTheActionWithThePayloadAsArgsInItsOwnClassLoader() throws Exception {
    String body = "ActionWitness.ran(" + "%s" + ".class);\n"
        + "TaskPayload p = TaskJson.decodePayload(args);\n"
        + "return TaskJson.encode(TaskResult.ok(new TaskCounters(p.task(), 0, 0, 0, 0, 0)));";
    Stage a = action("EchoA", String.format(body, "EchoA"), 10_000);
    Stage b = action("EchoB", String.format(body, "EchoB"), 10_000);

    assertEquals(TaskResult.ok(new TaskCounters(7, 0, 0, 0, 0, 0)), run(a, payload(7)));
    run(a, payload(8));
    run(b, payload(9));

    List<ClassLoader> loaders = ActionWitness.actionLoaders();
    assertSame(loaders.get(0), loaders.get(1), "one loader per jar, reused across tasks");
    assertNotSame(loaders.get(0), loaders.get(2), "each jar has its own loader");
    assertSame(LocalInvoker.class.getClassLoader(), loaders.get(0).getParent(),
        "actions see the runtime's classes (Gson, bundle) through the parent loader");
    assertEquals(loaders, ActionWitness.contextLoaders(), "the context loader is the action's");
  }

  @Test
  void anExceptionIsAFailedTask() throws Exception {
    Stage s = action("Thrower", "throw new IllegalArgumentException(\"boom\");", 10_000);
    assertEquals(TaskResult.failed(TaskError.system(
        "the action test.inline.Thrower threw java.lang.IllegalArgumentException: boom")),
        run(s, payload(0)));
  }

  @Test
  void anErrorResultIsAFailedTask() throws Exception {
    Stage plain = action("PlainError", "JsonObject r = new JsonObject();\n"
        + "r.addProperty(\"error\", \"disk full\");\nreturn r;", 10_000);
    assertEquals(TaskResult.failed(TaskError.system("disk full")), run(plain, payload(0)));

    Stage user = action("UserError", "return TaskJson.encode(TaskResult.failed("
        + "TaskError.user(\"division by zero\", \"q.mvl:3:9\")));", 10_000);
    assertEquals(TaskResult.failed(TaskError.user("division by zero", "q.mvl:3:9")),
        run(user, payload(0)));
  }

  @Test
  void anActionOverItsTimeLimitFailsAndIsInterrupted() throws Exception {
    Stage s = action("Sleeper", "try {\n  Thread.sleep(60_000);\n"
        + "} catch (InterruptedException e) {\n  ActionWitness.interrupted();\n  throw e;\n}\n"
        + "return new JsonObject();", 200);
    assertEquals(TaskResult.failed(TaskError.system(
        "the action test.inline.Sleeper did not finish within its time limit of 200 ms")),
        run(s, payload(0)));
    assertTrue(ActionWitness.awaitInterrupted(), "the worker thread was interrupted");
  }

  @Test
  void cancellingTheFutureInterruptsTheAction() throws Exception {
    Stage s = action("Hanger", "ActionWitness.ran(Hanger.class);\ntry {\n  Thread.sleep(60_000);\n"
        + "} catch (InterruptedException e) {\n  ActionWitness.interrupted();\n  throw e;\n}\n"
        + "return new JsonObject();", 60_000);
    var future = invoker.invoke(s, payload(0));
    assertTrue(ActionWitness.awaitRan(), "the action started");
    future.cancel(true);
    assertTrue(ActionWitness.awaitInterrupted(), "the worker thread was interrupted");
  }

  @Test
  void aMissingClassOrEntryPointSaysWhatIsMissing() throws Exception {
    action("Present", "return new JsonObject();", 10_000);
    TaskResult missing = run(stage("Present", "test.inline.Absent", 10_000), payload(0));
    assertTrue(missing.error().orElseThrow().message().contains(
        "has no loadable class test.inline.Absent"), missing.toString());

    String source = "package test.inline;\npublic class NoMain {\n"
        + "  public static String main(String s) { return s; }\n}\n";
    ActionJars.compile("NoMain", source, bundle.resolve("actions/NoMain.jar"));
    TaskResult noMain = run(stage("NoMain", "test.inline.NoMain", 10_000), payload(0));
    assertTrue(noMain.error().orElseThrow().message().endsWith("has no method `public static"
        + " com.google.gson.JsonObject main(com.google.gson.JsonObject)`"), noMain.toString());
  }

  @Test
  void aPayloadOverTheLimitIsNeverSent() throws Exception {
    Stage s = action("Never", "ActionWitness.ran(Never.class);\nreturn new JsonObject();", 10_000);
    TaskPayload huge = new TaskPayload("job", "s2", 0, 0,
        List.of(new TaskInput.Partition("s1", 0, Collections.nCopies(600_000, 0))), List.of(),
        new TreeMap<>(), BadRecordPolicy.FAIL, 0);
    TaskResult r = run(s, huge);
    assertTrue(r.error().orElseThrow().message().contains("over OpenWhisk's limit of 1048576"),
        r.toString());
    assertEquals(List.of(), ActionWitness.actionLoaders(), "the action did not run");
  }
}
