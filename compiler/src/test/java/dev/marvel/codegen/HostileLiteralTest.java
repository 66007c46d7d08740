package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * String literals that would break naive code generation — quotes, backslashes, a comment end, a
 * real newline and the text of a Java unicode escape — compile, and behave as data: the filter
 * compares against exactly that text and the selected value comes out byte for byte.
 */
class HostileLiteralTest {
  @TempDir
  Path dir;

  @Test
  void hostileLiteralsAreDataNotCode() throws Exception {
    String program = """
        pipeline hostile(input: path, output: path) {
          rows = read text(input)
               | where line != "a\\"b\\\\c*/"
               | select v = line + " q\\"uote\\\\ */ /* \\n \\\\u000a end"
          write rows to text(output)
        }
        """;
    Path input = dir.resolve("in.txt");
    Files.writeString(input, "x\na\"b\\c*/\nkeep\n", StandardCharsets.UTF_8);
    TestCompilations.Compiled compiled = TestCompilations.compileFresh("hostile.mvl", program,
        Map.of("input", input.toString(), "output", dir.resolve("out").toString()));
    Path jars = Files.createDirectories(dir.resolve("actions"));
    for (var jar : compiled.jars().entrySet()) {
      Files.write(jars.resolve(jar.getKey() + ".jar"), jar.getValue());
    }
    InProcessRun.run(compiled.generated().plan(), jars, dir, "hostile");

    String tag = " q\"uote\\ */ /* \n \\u000a end";
    assertEquals("x" + tag + "\nkeep" + tag + "\n",
        Files.readString(dir.resolve("out/part-00000"), StandardCharsets.UTF_8));
  }
}
