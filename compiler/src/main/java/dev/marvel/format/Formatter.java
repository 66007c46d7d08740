package dev.marvel.format;

import dev.marvel.ast.AstPrinter;
import dev.marvel.ast.Program;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Diagnostics;
import dev.marvel.diag.Severity;
import dev.marvel.parse.MarvelLexer;
import dev.marvel.parse.MarvelParser;
import dev.marvel.parse.Parser;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * The canonical layout of a {@code .mvl} file ({@code marvelc fmt}, the editor's "Format
 * document"). Comments are kept; formatting twice changes nothing the second time. A file with
 * syntax errors is not formatted — its layout is the only clue to what the author meant — and the
 * errors are returned instead.
 *
 * <p>As a safety net the result is parsed again: if its syntax tree or its comments differ from
 * the original's, the file is refused with a {@code B0001} diagnostic rather than changed.
 */
public final class Formatter {
  /** Code of the diagnostic for a formatting that would have changed the program (a formatter defect). */
  public static final String INTERNAL_ERROR = "B0001";

  private Formatter() {}

  public static Formatted format(SourceFile file) {
    String text = file.text();
    Diagnostics diagnostics = new Diagnostics();
    Program before = Parser.parse(file, diagnostics);
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      return new Formatted(text, text, errors);
    }
    List<Token> tokens = lex(text);
    MarvelParser.ProgramContext tree;
    try {
      tree = parseTree(tokens);
    } catch (RuntimeException e) {
      return new Formatted(text, text, List.of(bug(file, "the parser accepted the file but its tree could not be rebuilt")));
    }
    String formatted = new LayoutPrinter(text, tokens, new TokenSpacing(tree)).print(tree);
    Diagnostics again = new Diagnostics();
    Program after = Parser.parse(new SourceFile(file.name(), formatted), again);
    if (again.hasErrors() || !shape(before).equals(shape(after)) || !comments(tokens).equals(comments(lex(formatted)))) {
      return new Formatted(text, text, List.of(bug(file, "formatting would have changed the program")));
    }
    return new Formatted(text, formatted, List.of());
  }

  private static Diagnostic bug(SourceFile file, String what) {
    return new Diagnostic(INTERNAL_ERROR, Severity.BUG, file, new Span(0, 0),
        "internal formatter error: " + what + "; the file was left unchanged", "",
        List.of("please report this with the file attached"));
  }

  /** The syntax tree without positions: equal for two layouts of the same program. */
  private static String shape(Program program) {
    return AstPrinter.print(program).replaceAll("\\[\\d+:\\d+-\\d+:\\d+\\]", "");
  }

  private static List<String> comments(List<Token> tokens) {
    List<String> texts = new ArrayList<>();
    for (Token t : tokens) {
      if (t.getType() == MarvelLexer.LINE_COMMENT || t.getType() == MarvelLexer.BLOCK_COMMENT) {
        texts.add(t.getText());
      }
    }
    return texts;
  }

  /** Every token, comments included; offsets count UTF-16 chars, as {@link Parser} does. */
  static List<Token> lex(String text) {
    CodePointCharStream chars = CodePointCharStream.fromBuffer(CodePointBuffer.withChars(CharBuffer.wrap(text.toCharArray())));
    MarvelLexer lexer = new MarvelLexer(chars);
    lexer.removeErrorListeners();
    CommonTokenStream stream = new CommonTokenStream(lexer);
    stream.fill();
    return new ArrayList<>(stream.getTokens());
  }

  private static MarvelParser.ProgramContext parseTree(List<Token> tokens) {
    MarvelParser parser = new MarvelParser(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    return parser.program();
  }
}
