package dev.marvel.analysis;

import dev.marvel.compiler.FrontEnd;
import dev.marvel.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the front end on test programs, with the real stdlib and the test class path for UDFs. */
final class Programs {
  static final Path RESOURCES = Path.of("src/test/resources");
  private static final FrontEnd FRONT_END = new FrontEnd(FunctionCatalog.standard(), Programs.class.getClassLoader());

  private Programs() {}

  static FrontEnd.Result check(String name, String text) {
    return FRONT_END.check(new SourceFile(name, text));
  }

  static FrontEnd.Result checkResource(String relative) {
    return check(relative, read(RESOURCES.resolve(relative)));
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
