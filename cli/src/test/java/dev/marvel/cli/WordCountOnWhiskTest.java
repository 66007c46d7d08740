package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.openwhisk.client.WskProps;
import dev.marvel.runtime.openwhisk.local.LocalWhisk;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real WordCount sample, compiled by {@code marvelc compile}, run on {@code marvelc serve}
 * through deploy and invoke, writes exactly what {@code marvelc run} writes with the same bundle.
 */
class WordCountOnWhiskTest {
  private static final Path WORDCOUNT = Path.of("../samples/wordcount/wordcount.mvl");

  private record Result(int exit, String out, String err) {}

  private static Result marvelc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void theSampleBundleWritesOnOpenWhiskWhatItWritesLocally(@TempDir Path root) throws Exception {
    Path input = Files.createDirectories(root.resolve("input"));
    Files.writeString(input.resolve("a.txt"), "The quick brown fox\njumps over the lazy dog.\nThe dog sleeps.\n");
    Files.writeString(input.resolve("b.txt"), "A fox, a dog; and THE end!\nquick quick\n");
    Path bundle = root.resolve("bundle");
    Result compiled = marvelc("compile", WORDCOUNT.toString(), "-o", bundle.toString(),
        "-p", "input=" + input, "-p", "output=" + root.resolve("local-out"));
    assertEquals(0, compiled.exit(), compiled.err());

    Result ran = marvelc("run", bundle.toString(), "--parallelism", "2");
    assertEquals(0, ran.exit(), ran.err());

    StringWriter serverErrors = new StringWriter();
    try (LocalWhisk whisk = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0).withPool(3, 16),
        new PrintWriter(serverErrors, true))) {
      WskProps props = whisk.wskProps();
      String[] at = {"--apihost", props.apiHost(), "--auth", props.auth(), "--namespace", "_"};
      Result deployed = marvelc(concat(new String[] {"deploy", bundle.toString(), "--shuffle",
          "local:" + root.resolve("shuffle")}, at));
      assertEquals(0, deployed.exit(), deployed.err());
      Result invoked = marvelc(concat(new String[] {"invoke", "wordcount", "--wait",
          "-p", "output=" + root.resolve("whisk-out")}, at));
      assertEquals(0, invoked.exit(), invoked.err() + invoked.out());
      assertTrue(invoked.out().contains(" succeeded\n"), invoked.out());
    }
    assertEquals("", serverErrors.toString());
    try (Stream<Path> left = Files.list(root.resolve("shuffle"))) {
      assertEquals(List.of(), left.toList(), "the driver deleted the job's shuffle data");
    }

    List<String> local = lines(root.resolve("local-out"));
    assertEquals(List.of("a\t2", "and\t1", "brown\t1", "dog\t3", "end\t1", "fox\t2", "jumps\t1", "lazy\t1",
        "over\t1", "quick\t3", "sleeps\t1", "the\t4"), local, "counted by hand");
    assertEquals(local, lines(root.resolve("whisk-out")));
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  /** Every line of the output's files, sorted (part boundaries depend on the task count). */
  private static List<String> lines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      // Hidden files as Hadoop counts them: _SUCCESS, and the .crc files a checksummed local file system leaves.
      for (Path file : files.filter(f -> !f.getFileName().toString().matches("[._].*")).sorted().toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    lines.sort(null);
    return lines;
  }
}
