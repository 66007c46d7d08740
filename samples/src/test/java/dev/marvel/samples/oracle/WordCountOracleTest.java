package dev.marvel.samples.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordCountOracleTest {

  @TempDir
  Path dir;

  @Test
  void countsLowerCasedRunsOfAsciiLetters() throws IOException {
    Path input = write("in.txt", "Hello, hello WORLD!\r\nDon't stop\n\n3rd café\tstop");
    assertEquals(List.of(
        List.of("caf", "1"),
        List.of("don", "1"),
        List.of("hello", "2"),
        List.of("rd", "1"),
        List.of("stop", "2"),
        List.of("t", "1"),
        List.of("world", "1")), WordCountOracle.run(List.of(input)));
  }

  @Test
  void lowerCasingComesFirstAsInTheSample() throws IOException {
    // The Kelvin sign lower-cases to an ASCII k, so lower() before tokenize() finds a word here.
    Path input = write("in.txt", "\u212Aelvin");
    assertEquals(List.of(List.of("kelvin", "1")), WordCountOracle.run(List.of(input)));
  }

  @Test
  void readsEveryVisiblePartOfADirectory() throws IOException {
    Files.createDirectory(dir.resolve("out"));
    write("out/part-00000", "a b\n");
    write("out/part-00001", "b");
    write("out/_SUCCESS", "ignored");
    write("out/.part-00000.crc", "ignored");
    assertEquals(List.of(List.of("a", "1"), List.of("b", "2")),
        WordCountOracle.run(List.of(dir.resolve("out"))));
  }

  @Test
  void emptyInputHasNoRows() throws IOException {
    assertEquals(List.of(), WordCountOracle.run(List.of(write("empty.txt", ""))));
    assertEquals(List.of(), WordCountOracle.run(List.of(write("blank.txt", "\n\r\n 42 !\n"))));
  }

  @Test
  void invalidUtf8IsReportedNotGuessed() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xff, 'b'});
    IOException e = assertThrows(IOException.class, () -> WordCountOracle.run(List.of(bad)));
    assertEquals(bad + " is not valid UTF-8", e.getMessage());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
