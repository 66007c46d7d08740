package dev.marvel.cli;

import dev.marvel.compiler.FrontEnd;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.SourceLoader;
import dev.marvel.source.Span;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Checks a {@code .mvl} file named on the command line; a file that cannot be read becomes its E09xx diagnostic. */
final class SourceFiles {
  private SourceFiles() {}

  static FrontEnd.Result check(FrontEnd frontEnd, String name) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SourceFile> file;
    try {
      file = SourceLoader.load(Path.of(name), name, diagnostics);
    } catch (InvalidPathException e) {
      diagnostics.error("E0901", new SourceFile(name, ""), new Span(0, 0),
          "`" + name + "` is not a valid path", "", e.getReason());
      file = Optional.empty();
    }
    if (file.isPresent()) {
      return frontEnd.check(file.get());
    }
    SourceFile unread = diagnostics.all().get(0).file();
    return new FrontEnd.Result(unread, Optional.empty(), Optional.empty(), diagnostics.sorted(), diagnostics.dropped(),
        Optional.empty());
  }
}
