package dev.marvel.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The canonical comparison every benchmark run makes before it reports a figure. */
class AnswerTest {

  @Test
  void rowOrderDoesNotMatter() {
    Answer a = new Answer(List.of(List.of("b", "2"), List.of("a", "1")), Set.of());
    Answer b = new Answer(List.of(List.of("a", "1"), List.of("b", "2")), Set.of());
    assertEquals(Optional.empty(), a.difference(b));
  }

  @Test
  void sumsOfDoublesMayDifferInTheLastDigitsOnly() {
    Answer h2 = new Answer(List.of(List.of("1.2.3", "896.404681"), List.of("1.2.4", "756.0")), Set.of(1));
    Answer reordered = new Answer(List.of(List.of("1.2.4", "756"), List.of("1.2.3", "896.4046810000001")), Set.of(1));
    assertEquals(Optional.empty(), h2.difference(reordered));
    Answer wrong = new Answer(List.of(List.of("1.2.3", "896.404682"), List.of("1.2.4", "756.0")), Set.of(1));
    assertTrue(h2.difference(wrong).orElseThrow().contains("[1.2.3, 896.404681] against [1.2.3, 896.404682]"));
  }

  @Test
  void exactColumnsMustMatchAsText() {
    Answer a = new Answer(List.of(List.of("http://a.com/1.html", "1001")), Set.of());
    Answer b = new Answer(List.of(List.of("http://a.com/1.html", "1001.0")), Set.of());
    assertTrue(a.difference(b).isPresent());
  }

  @Test
  void aMissingRowIsADifference() {
    Answer two = new Answer(List.of(List.of("a"), List.of("b")), Set.of());
    Answer one = new Answer(List.of(List.of("a")), Set.of());
    assertEquals(Optional.of("2 rows against 1"), two.difference(one));
  }
}
