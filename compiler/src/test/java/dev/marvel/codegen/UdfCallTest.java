package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marvel.analysis.fixtures.FailingUdfs;
import dev.marvel.analysis.fixtures.SampleUdfs;
import dev.marvel.bundle.BadRecordPolicy;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.runtime.task.Stores;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code use function} UDF is called as a static method from the user's class path, which the jar does not bundle;
 * what it throws is the program's error, at the call.
 */
class UdfCallTest {
  @TempDir
  Path dir;

  @Test
  void udfIsCalledFromTheUserClassPath() throws Exception {
    String program = """
        use function dev.marvel.analysis.fixtures.SampleUdfs.shout(string): string as yell
        pipeline udf(input: path, output: path) {
          rows = read text(input) | select loud = yell(line)
          write rows to tsv(output)
        }
        """;
    Path input = dir.resolve("in.txt");
    Files.writeString(input, "hi\nyou\n");
    Path udfs = Path.of(SampleUdfs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    TestCompilations.Compiled compiled = TestCompilations.compileFresh("udf.mvl", program,
        Map.of("input", input.toString(), "output", dir.resolve("out").toString()), List.of(udfs));
    Path jars = Files.createDirectories(dir.resolve("actions"));
    for (var jar : compiled.jars().entrySet()) {
      Files.write(jars.resolve(jar.getKey() + ".jar"), jar.getValue());
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar.getValue()))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          assertFalse(e.getName().contains("SampleUdfs"), "the jar must not bundle the UDF: " + e.getName());
        }
      }
    }
    InProcessRun.run(compiled.generated().plan(), jars, dir, "udf");
    assertEquals(List.of("HI!", "YOU!"), InProcessRun.output(dir.resolve("out")));
  }

  @Test
  void aUdfThatThrowsIsAUserErrorNamingTheFunctionAtTheCall() throws Exception {
    // Inside the tokenize that explode runs on bytes: no operator-wide guard covers this call.
    String program = """
        use function dev.marvel.analysis.fixtures.FailingUdfs.strict(string): string
        pipeline udf(input: path, output: path) {
          words = read text(input)
                | explode word = tokenize(strict(line))
          write words to tsv(output)
        }
        """;
    TaskError e = firstTaskError(program, "fine\nroom 101\n");
    assertEquals(TaskError.Kind.USER, e.kind());
    assertEquals("function `strict` threw IllegalArgumentException: digits in \"room 101\"", e.message());
    assertEquals("udf.mvl:4:35", e.location());
  }

  @Test
  void aCheckedExceptionOfAUdfIsAUserErrorToo() throws Exception {
    String program = """
        use function dev.marvel.analysis.fixtures.FailingUdfs.lookup(string): string as find
        pipeline udf(input: path, output: path) {
          rows = read text(input) | select found = find(line)
          write rows to tsv(output)
        }
        """;
    TaskError e = firstTaskError(program, "a\n\nb\n");
    assertEquals(TaskError.Kind.USER, e.kind());
    assertEquals("function `find` threw IOException: no entry for an empty key", e.message());
    assertEquals("udf.mvl:3:44", e.location());
  }

  /** Runs the only task of a one-stage program on {@code text} and returns its error. */
  private TaskError firstTaskError(String program, String text) throws Exception {
    Path input = Files.writeString(dir.resolve("in.txt"), text);
    Path udfs = Path.of(FailingUdfs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    TestCompilations.Compiled compiled = TestCompilations.compileFresh("udf.mvl", program,
        Map.of("input", input.toString(), "output", dir.resolve("out").toString()), List.of(udfs));
    Stage stage = compiled.generated().plan().stages().get(0);
    Path jar = Files.write(dir.resolve(stage.id() + ".jar"), compiled.jars().get(stage.id()));
    TaskPayload payload = new TaskPayload("udf-job", stage.id(), 0, 0,
        List.of(new TaskInput.Split(input.toUri().toString(), 0, Files.size(input))),
        List.of(new TaskOutput.ToSink(compiled.generated().plan().sinks().get(0).id(),
            dir.resolve("attempt").toUri().toString())),
        new TreeMap<>(Map.of(Stores.SHUFFLE, "local:" + dir.resolve("shuffle"))), BadRecordPolicy.FAIL, 0);
    return WordCountActionTest.invoke(jar, stage.mainClass(), payload).error().orElseThrow();
  }
}
