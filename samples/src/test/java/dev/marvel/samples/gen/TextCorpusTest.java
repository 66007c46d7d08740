package dev.marvel.samples.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.samples.oracle.TextLines;
import dev.marvel.samples.oracle.WordCountOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCorpusTest {

  @TempDir
  Path dir;

  @Test
  void writesExactlyTheRequestedBytesSplitEvenly() throws IOException {
    Generated text = TextCorpus.write(dir.resolve("t"), 100_003, 7, 3);
    assertEquals(3, text.files().size());
    assertEquals(100_003, text.bytes());
    assertEquals(List.of(33_334L, 33_334L, 33_335L),
        text.files().stream().map(TextCorpusTest::size).toList());
    assertEquals(dir.resolve("t/part-00000.txt"), text.files().get(0));
    assertEquals(TextLines.of(text.files()).size(), text.records());
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
    Generated a = TextCorpus.write(dir.resolve("a"), 50_000, 1, 2);
    Generated b = TextCorpus.write(dir.resolve("b"), 50_000, 1, 2);
    Generated c = TextCorpus.write(dir.resolve("c"), 50_000, 2, 2);
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(Files.readAllBytes(a.files().get(i)), Files.readAllBytes(b.files().get(i)));
      assertFalse(Files.readString(a.files().get(i)).equals(Files.readString(c.files().get(i))));
    }
  }

  @Test
  void hasTheUntidinessOfRealText() throws IOException {
    Generated text = TextCorpus.write(dir.resolve("t"), 300_000, 3, 1);
    String all = Files.readString(text.files().get(0)); // throws on invalid UTF-8
    List<String> lines = TextLines.of(text.files());
    assertTrue(all.contains("\r\n"), "CRLF line ends");
    assertTrue(lines.contains(""), "blank lines");
    assertTrue(all.chars().anyMatch(c -> c >= 'A' && c <= 'Z'), "capitals");
    assertTrue(all.chars().anyMatch(Character::isDigit), "digits");
    assertTrue(all.chars().anyMatch(c -> c > 127), "non-ASCII words");
    assertTrue(all.contains("\t") && all.contains(",") && all.contains("'"), "tabs, punctuation");
  }

  @Test
  void theLastLineSometimesLacksItsNewline() throws IOException {
    int withNewline = 0;
    int without = 0;
    for (int seed = 0; seed < 6; seed++) {
      Generated text = TextCorpus.write(dir.resolve("s" + seed), 5_000, seed, 1);
      byte[] bytes = Files.readAllBytes(text.files().get(0));
      if (bytes[bytes.length - 1] == '\n') {
        withNewline++;
      } else {
        without++;
      }
    }
    assertTrue(withNewline > 0 && without > 0, withNewline + " with, " + without + " without");
  }

  @Test
  void wordFrequenciesFollowZipfsLaw() throws IOException {
    long seed = 11;
    Generated text = TextCorpus.write(dir.resolve("z"), 1_000_000, seed, 2);
    Map<String, Long> counts = new HashMap<>();
    for (List<String> row : WordCountOracle.run(text.files())) {
      counts.put(row.get(0), Long.parseLong(row.get(1)));
    }
    long top = counts.get(TextCorpus.word(seed, 0));
    for (int rank = 1; rank < 5; rank++) {
      assertTrue(counts.get(TextCorpus.word(seed, rank)) < counts.get(TextCorpus.word(seed, rank - 1)),
          "rank " + rank + " is rarer than rank " + (rank - 1));
    }
    // Frequency ∝ 1/rank: rank 10 about a tenth, rank 100 about a hundredth of rank 1.
    double tenth = (double) counts.get(TextCorpus.word(seed, 9)) / top;
    double hundredth = (double) counts.get(TextCorpus.word(seed, 99)) / top;
    assertTrue(tenth > 0.07 && tenth < 0.13, "rank 10 / rank 1 = " + tenth);
    assertTrue(hundredth > 0.005 && hundredth < 0.02, "rank 100 / rank 1 = " + hundredth);
    assertTrue(counts.size() > 20_000, "a long tail: " + counts.size() + " distinct words");
  }

  @Test
  void zeroBytesGivesEmptyFiles() throws IOException {
    Generated text = TextCorpus.write(dir.resolve("e"), 0, 1, 2);
    assertEquals(0, text.records());
    assertEquals(List.of(0L, 0L), text.files().stream().map(TextCorpusTest::size).toList());
  }

  @Test
  void refusesADirectoryWithFilesInIt() throws IOException {
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("part-00009.txt"), "stale");
    IOException e = assertThrows(IOException.class, () -> TextCorpus.write(full, 10, 1, 1));
    assertEquals(full + " is not empty; generate into a new or empty directory", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TextCorpus.write(dir.resolve("x"), 10, 1, 0));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
