package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marvel.analysis.fixtures.SampleUdfs;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code use function} UDF is called as a static method from the user's class path, which the jar does not bundle. */
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
}
