package dev.marvel.compiler;

import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.Analyzer;
import dev.marvel.analysis.FunctionCatalog;
import dev.marvel.ast.Program;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Diagnostics;
import dev.marvel.diag.Severity;
import dev.marvel.parse.Parser;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Parse then analyse one file: the front half of {@code Compilation}, and all that
 * {@code marvelc check} and the language server need. Analysis runs only when parsing found no
 * error (a half-parsed program would mostly produce follow-on errors). A crash inside either
 * phase becomes one {@code B0001} diagnostic; the exception is kept for {@code --verbose}.
 */
public final class FrontEnd {
  /** Code of the diagnostic that reports a defect of marvelc itself. */
  public static final String INTERNAL_ERROR = "B0001";

  private final Analyzer analyzer;

  /**
   * @param functions the stdlib functions (usually {@link FunctionCatalog#standard()})
   * @param udfLoader where {@code use function} classes are found (the user's {@code --classpath})
   */
  public FrontEnd(FunctionCatalog functions, ClassLoader udfLoader) {
    this.analyzer = new Analyzer(functions, udfLoader);
  }

  /** The stdlib, and UDFs from {@code udfLoader}. */
  public static FrontEnd standard(ClassLoader udfLoader) {
    return new FrontEnd(FunctionCatalog.standard(), udfLoader);
  }

  /**
   * The outcome of checking one file; {@code diagnostics} are sorted by position. {@code notShown}
   * counts the errors past {@link Diagnostics#MAX_REPORTED}, which were counted but not kept.
   */
  public record Result(
      SourceFile file,
      Optional<Program> program,
      Optional<AnalyzedProgram> analysis,
      List<Diagnostic> diagnostics,
      int notShown,
      Optional<Throwable> internalError) {

    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return notShown > 0 || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The errors of the file, those not shown included. */
    public int errorCount() {
      return notShown + (int) diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** The analysed program, when the file has no errors; what later phases start from. */
    public AnalyzedProgram analyzed() {
      if (hasErrors() || analysis.isEmpty()) {
        throw new IllegalStateException(file.name() + " has errors; check hasErrors() first");
      }
      return analysis.get();
    }
  }

  public Result check(SourceFile file) {
    Diagnostics diagnostics = new Diagnostics();
    Program program = null;
    AnalyzedProgram analysis = null;
    Throwable crash = null;
    try {
      program = Parser.parse(file, diagnostics);
      if (!diagnostics.hasErrors()) {
        analysis = analyzer.analyze(program, diagnostics);
      }
    } catch (RuntimeException | StackOverflowError e) {
      crash = e;
      diagnostics.report(new Diagnostic(INTERNAL_ERROR, Severity.BUG, file, new Span(0, 0),
          (program == null ? "parsing" : "analysis") + " crashed: " + e, "",
          List.of("run with --verbose to see the internal stack trace")));
    }
    return new Result(file, Optional.ofNullable(program), Optional.ofNullable(analysis), diagnostics.sorted(),
        diagnostics.dropped(), Optional.ofNullable(crash));
  }
}
