package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarvelcTest {

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Result r = run("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("Usage: marvelc"), r.out());
    assertTrue(r.out().contains("Commands:"), r.out());
    assertTrue(r.out().contains("help"), r.out());
  }

  @Test
  void versionNamesMarvelcAndJava() {
    Result r = run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().matches("(?s)marvelc \\d+\\.\\d+\\.\\d+.*\\nJava 17.*"), r.out());
  }

  @Test
  void unknownCommandIsAUsageErrorWithAPointerToHelp() {
    Result r = run("frobnicate");
    assertEquals(Marvelc.USAGE, r.exit());
    assertEquals("", r.out());
    assertEquals("""
        error: unknown command 'frobnicate'
          = help: run 'marvelc --help' to see the commands
        """, r.err());
  }

  @Test
  void misspeltCommandGetsASuggestion() {
    Result r = run("hlep");
    assertEquals(Marvelc.USAGE, r.exit());
    assertTrue(r.err().contains("did you mean 'help'?"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run("--frobnicate");
    assertEquals(Marvelc.USAGE, r.exit());
    assertTrue(r.err().startsWith("error: Unknown option: '--frobnicate'"), r.err());
    assertTrue(r.err().contains("marvelc --help"), r.err());
  }
}
