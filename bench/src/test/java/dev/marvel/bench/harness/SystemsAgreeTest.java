package dev.marvel.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each benchmark system runs once, as a real process, on tiny data, and they agree: the check
 * every benchmark run makes before it reports a figure.
 */
class SystemsAgreeTest {

  @TempDir static Path dir;
  static Path input;

  @BeforeAll
  static void corpus() throws IOException {
    input = Files.createDirectories(dir.resolve("in"));
    Random r = new Random(7);
    String[] words = {"Call", "me", "Ishmael.", "Some", "years", "ago—never", "mind", "how", "long", "precisely"};
    for (int f = 0; f < 2; f++) {
      StringBuilder sb = new StringBuilder();
      for (int line = 0; line < 500; line++) {
        for (int w = r.nextInt(9); w > 0; w--) {
          sb.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "  " : " ");
        }
        sb.append(line % 11 == 0 ? "\r\n" : "\n");
      }
      Files.writeString(input.resolve("part-" + f), sb, StandardCharsets.UTF_8);
    }
  }

  @Test
  void wordCountAgrees() throws Exception {
    assertAgree(Workload.wordCount(input));
  }

  @Test
  void grepAgrees() throws Exception {
    assertAgree(Workload.grep(input, "[a-z]*ea[a-z]*"));
  }

  private static void assertAgree(Workload w) throws Exception {
    ProcessTimer timer = new ProcessTimer(dir.resolve("scratch"));
    Answer first = null;
    for (BenchSystem system : List.of(new HandWritten(), new HadoopLocal())) {
      Path out = dir.resolve(system.name() + "-" + w.job());
      Measurement m = timer.run(system.command(w, out), 300);
      assertTrue(m.wallMillis() > 0 && m.peakRssKiB() > 0, system.name() + " " + m);
      Answer result = system.result(w, out);
      assertTrue(!result.rows().isEmpty(), system.name() + " produced nothing");
      if (first == null) {
        first = result;
      } else {
        assertEquals(Optional.empty(), first.difference(result), system.name() + " disagrees on " + w.label());
      }
    }
  }
}
