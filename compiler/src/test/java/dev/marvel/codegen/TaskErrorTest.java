package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.BadRecordPolicy;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.task.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails because of the program or its data returns a user error naming the DSL
 * location of the failing expression (or of the {@code read} for a bad record), instead of
 * throwing out of {@code main}; a bad record under the skip policy is counted instead.
 */
class TaskErrorTest {
  private static final String PROGRAM = """
      schema Pair (name: string, n: int)
      pipeline bad(input: path, csv: path, output: path, rejected: path) {
        parsed = read text(input)
               | select n = cast(line as int)
        pairs = read csv(csv) as Pair
        write parsed to tsv(output)
        write pairs to tsv(rejected)
      }
      """;

  @TempDir
  Path dir;

  @Test
  void aFailingExpressionIsAUserErrorAtItsLocation() throws Exception {
    Path input = dir.resolve("in.txt");
    Files.writeString(input, "1\nabc\n");
    TaskResult r = runFirstStageOn(input, BadRecordPolicy.FAIL, "read text");
    TaskError e = r.error().orElseThrow();
    assertEquals(TaskError.Kind.USER, e.kind());
    assertEquals("cannot cast 'abc' to int", e.message());
    assertEquals("bad.mvl:4:12", e.location());
  }

  @Test
  void aFailingExpressionInsideTokenizeIsAUserErrorAtTheExplode() throws Exception {
    String program = """
        pipeline words(input: path, output: path) {
          found = read text(input)
                | explode word = tokenize(if cast(line as int) > 0 then line else "")
          write found to tsv(output)
        }
        """;
    Path input = dir.resolve("words.txt");
    Files.writeString(input, "1\nabc\n");
    TestCompilations.Compiled compiled = TestCompilations.compile("words.mvl", program,
        Map.of("input", "/unused", "output", "/unused"));
    Stage stage = compiled.generated().plan().stages().get(0);
    Path jar = dir.resolve("words-" + stage.id() + ".jar");
    Files.write(jar, compiled.jars().get(stage.id()));
    TaskPayload payload = new TaskPayload("words-job", stage.id(), 0, 0,
        List.of(new TaskInput.Split(input.toUri().toString(), 0, Files.size(input))),
        List.of(new TaskOutput.ToSink(compiled.generated().plan().sinks().get(0).id(),
            dir.resolve("words-attempt").toUri().toString())),
        new TreeMap<>(Map.of(Stores.SHUFFLE, "local:" + dir.resolve("shuffle"))), BadRecordPolicy.FAIL, 0);
    TaskError e = WordCountActionTest.invoke(jar, stage.mainClass(), payload).error().orElseThrow();
    assertEquals(TaskError.Kind.USER, e.kind());
    assertEquals("cannot cast 'abc' to int", e.message());
    assertEquals("words.mvl:3:11", e.location());
  }

  @Test
  void aBadRecordFailsAtTheReadOrIsSkippedAndCounted() throws Exception {
    Path csv = dir.resolve("pairs.csv");
    Files.writeString(csv, "a,1\nb,two\nc,3\n");
    TaskError e = runFirstStageOn(csv, BadRecordPolicy.FAIL, "read csv").error().orElseThrow();
    assertEquals(TaskError.Kind.USER, e.kind());
    assertEquals("bad.mvl:5:11", e.location());
    assertTrue(e.message().contains("bad record"), e.message());

    TaskResult skipped = runFirstStageOn(csv, BadRecordPolicy.SKIP, "read csv");
    assertTrue(skipped.succeeded(), () -> skipped.error().orElseThrow().message());
    assertEquals(1, skipped.counters().badRecords());
    assertEquals(2, skipped.counters().recordsOut());
  }

  private TaskResult runFirstStageOn(Path file, BadRecordPolicy policy, String reading) throws Exception {
    TestCompilations.Compiled compiled = TestCompilations.compile("bad.mvl", PROGRAM,
        Map.of("input", "/unused", "csv", "/unused", "output", "/unused", "rejected", "/unused-too"));
    Stage stage = compiled.generated().plan().stages().stream().filter(s -> s.operators().startsWith(reading))
        .findFirst().orElseThrow();
    Path jar = dir.resolve(stage.id() + ".jar");
    Files.write(jar, compiled.jars().get(stage.id()));
    Path attempt = dir.resolve("attempt-" + policy);
    TaskPayload payload = new TaskPayload("bad-job", stage.id(), 0, 0,
        List.of(new TaskInput.Split(file.toUri().toString(), 0, Files.size(file))),
        List.of(new TaskOutput.ToSink(compiled.generated().plan().sinks().get(reading.equals("read text") ? 0 : 1).id(),
            attempt.toUri().toString())),
        new TreeMap<>(Map.of(Stores.SHUFFLE, "local:" + dir.resolve("shuffle"))), policy, 0);
    return WordCountActionTest.invoke(jar, stage.mainClass(), payload);
  }
}
