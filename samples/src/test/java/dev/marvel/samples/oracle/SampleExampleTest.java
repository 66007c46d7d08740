package dev.marvel.samples.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reviewed expected outputs of the sample examples agree with the oracles. With
 * {@code -Dmarvel.updateGoldens=true} the oracles rewrite them; review the diff like code.
 */
class SampleExampleTest {

  private static final Path SAMPLES = Path.of("").toAbsolutePath();

  @Test
  void everySampleHasAProgramAndAnExpectedOutputTheOracleAgreesWith() throws Exception {
    List<SampleExample> examples = SampleExample.all(SAMPLES);
    assertEquals(List.of("wordcount", "grep", "bdb-scan", "bdb-aggregation", "bdb-join"),
        examples.stream().map(SampleExample::name).toList());
    for (SampleExample example : examples) {
      assertTrue(Files.isRegularFile(example.program()), example.program().toString());
      if (Boolean.getBoolean("marvel.updateGoldens")) {
        SampleExample.writeTsv(example.expectedFile(), example.oracle());
      }
      example.comparator().assertSameRows(example.expected(), example.oracle());
    }
  }

  @Test
  void theExpectedOutputsAreTheHandCheckedAnswers() throws Exception {
    List<SampleExample> examples = SampleExample.all(SAMPLES);
    // Q3: 158.112.27.3 visited a.com (1500) and d.io (3) in range: 10.5 + 0.25; the visits just
    // outside the dates, and the big one to a page not in rankings, must not count.
    assertEquals(List.of(List.of("158.112.27.3", "10.75", "751.5")), examples.get(4).expected());
    // Q1: b.org's rank is exactly 1000, so it is not above x.
    assertEquals(List.of(List.of("http://a.com/index.html", "1500"),
        List.of("http://c.net/page.html", "1001"), List.of("http://e.de/y.html", "25000")),
        examples.get(2).expected());
    assertEquals(List.of(List.of("10.0.0.1", "57.0"), List.of("10.0.0.2", "3.5"),
        List.of("158.112.", "115.5"), List.of("192.168.", "1011.125")),
        examples.get(3).expected());
  }
}
