package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {
  private final AnalyzedPipeline join =
      Programs.checkResource("samples/bdb-join.mvl").analyzed().pipeline("bdb_join").orElseThrow();

  @Test
  void bindsGivenValuesAndDefaults() {
    ParameterBinder.Result r = ParameterBinder.bind(join, Map.of(
        "rankings", "hdfs:///r", "uservisits", "file:///tmp/uv", "output", "out", "end", "1980-02-01"));
    assertEquals(List.of(), r.problems());
    BoundParameters p = r.parameters().orElseThrow();
    assertEquals("hdfs:///r", p.get("rankings"));
    assertEquals(LocalDate.of(1980, 1, 1), p.get("start"));
    assertEquals(LocalDate.of(1980, 2, 1), p.get("end"));
  }

  @Test
  void reportsUnknownMissingAndInvalidTogether() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("ranking", "r");
    given.put("uservisits", "uv");
    given.put("output", "out");
    given.put("start", "1980/01/01");
    ParameterBinder.Result r = ParameterBinder.bind(join, given);
    assertEquals(List.of(
        new ParameterProblem("unknown parameter `ranking`", List.of("did you mean `rankings`?",
            "parameters of `bdb_join`: rankings, uservisits, output, start, end")),
        new ParameterProblem("missing value for parameter `rankings` (path)",
            List.of("pass it with `-p rankings=data/input.txt`")),
        new ParameterProblem("invalid value `1980/01/01` for parameter `start`: expected a date (yyyy-MM-dd)",
            List.of("for example `-p start=1980-01-01`"))), r.problems());
    assertTrue(r.parameters().isEmpty());
  }

  @Test
  void parsesEachType() {
    assertEquals(42, ParameterBinder.parse(dev.marvel.types.Type.INT, "42"));
    assertEquals(42L, ParameterBinder.parse(dev.marvel.types.Type.LONG, "42"));
    assertEquals(1.5, ParameterBinder.parse(dev.marvel.types.Type.DOUBLE, "1.5"));
    assertEquals(true, ParameterBinder.parse(dev.marvel.types.Type.BOOL, "true"));
    assertEquals("a b", ParameterBinder.parse(dev.marvel.types.Type.STRING, "a b"));
    for (String bad : List.of("4.5", "x", "99999999999")) {
      assertThrows(IllegalArgumentException.class, () -> ParameterBinder.parse(dev.marvel.types.Type.INT, bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> ParameterBinder.parse(dev.marvel.types.Type.BOOL, "yes"));
  }
}
