package dev.marvel.cli;

import dev.marvel.compiler.FrontEnd;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Severity;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a {@code .mvl} file named on the command line; a file that cannot be read becomes an E09xx diagnostic. */
final class SourceFiles {
  private SourceFiles() {}

  static FrontEnd.Result check(FrontEnd frontEnd, String name) {
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      return problem(name, "E0902", "`" + name + "` is a directory, not a .mvl file", "give the .mvl files inside it, e.g. `" + name + "/*.mvl`");
    }
    if (!Files.isRegularFile(path)) {
      return problem(name, "E0901", "file `" + name + "` not found", "check the path; it is relative to " + Path.of("").toAbsolutePath());
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return frontEnd.check(new SourceFile(name, text));
    } catch (CharacterCodingException e) {
      return problem(name, "E0903", "`" + name + "` is not valid UTF-8 text", "save the file as UTF-8");
    } catch (IOException e) {
      return problem(name, "E0901", "cannot read `" + name + "`: " + e.getMessage(), "check that the file exists and is readable");
    }
  }

  private static FrontEnd.Result problem(String name, String code, String message, String help) {
    SourceFile empty = new SourceFile(name, "");
    Diagnostic d = new Diagnostic(code, Severity.ERROR, empty, new Span(0, 0), message, "", List.of(help));
    return new FrontEnd.Result(empty, Optional.empty(), Optional.empty(), List.of(d), Optional.empty());
  }
}
