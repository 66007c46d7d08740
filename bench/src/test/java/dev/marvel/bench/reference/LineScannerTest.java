package dev.marvel.bench.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written BDB programs' byte-level reading agrees with the JDK's. */
class LineScannerTest {

  @TempDir Path dir;

  @Test
  void linesCutByBlockBoundariesAndLongerThanABlockArriveWhole() throws Exception {
    List<String> written = List.of("a,1", "", "bb,22\r", "a line longer than the sixteen-byte block", "last-without-newline");
    Path file = Files.writeString(dir.resolve("part-0.csv"), String.join("\n", written), StandardCharsets.UTF_8);
    List<String> read = new ArrayList<>();
    LineScanner.scan(List.of(file, file), 16,
        (buf, start, end) -> read.add(new String(buf, start, end - start, StandardCharsets.UTF_8)));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      written.forEach(l -> expected.add(l.replace("\r", "")));
    }
    assertEquals(expected, read);
  }

  @Test
  void decimalsParseToTheSameDoubleAsParseDouble() {
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      long micros = random.nextLong(1_000_000_000L);
      String text = micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
      byte[] bytes = ("x," + text + ",y").getBytes(StandardCharsets.US_ASCII);
      assertEquals(Double.parseDouble(text), LineScanner.parseDouble(bytes, 2, bytes.length - 2), text);
    }
    for (String odd : List.of("7", "0.5", "-3.25", "1e3", "12345678901234567.5")) {
      byte[] bytes = odd.getBytes(StandardCharsets.US_ASCII);
      assertEquals(Double.parseDouble(odd), LineScanner.parseDouble(bytes, 0, bytes.length), odd);
    }
  }
}
