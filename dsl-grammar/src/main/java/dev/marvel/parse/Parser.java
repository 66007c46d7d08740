package dev.marvel.parse;

import dev.marvel.ast.Program;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Diagnostics;
import dev.marvel.diag.Severity;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one {@code .mvl} file into a {@link Program}: lex, check the tokens, parse with error
 * recovery, build the AST. It never throws; everything wrong with the text becomes a diagnostic
 * and the program keeps what could be read ({@code Expr.Missing} and empty names where parts are
 * missing).
 */
public final class Parser {
  private final SourceFile file;
  private final Diagnostics diagnostics;

  private Parser(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  public static Program parse(SourceFile file, Diagnostics diagnostics) {
    try {
      return new Parser(file, diagnostics).run();
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.report(new Diagnostic(SyntaxMessages.INTERNAL_ERROR, Severity.BUG, file, new Span(0, 0),
          SyntaxMessages.parserFailed(e), "", List.of()));
      return new Program(file, List.of(), new Span(0, file.text().length()));
    }
  }

  private Program run() {
    List<Token> tokens = lex();
    new LexicalChecker(file, diagnostics).check(tokens);
    Optional<MarvelParser.ProgramContext> clean = parseWithoutErrors(tokens);
    if (clean.isPresent()) {
      return new AstBuilder(file, diagnostics, line -> false).program(clean.get());
    }
    try {
      return parseTokens(tokens, diagnostics, Integer.MAX_VALUE, GuardedParser.MAX_NESTING);
    } catch (GuardedParser.NestingTooDeep e) {
      // The syntax errors before this point are reported already. Parse again up to it to build
      // what comes before; its syntax errors repeat those or are consequences of the cut.
      Token at = tokens.get(e.tokenIndex);
      diagnostics.error(SyntaxMessages.NESTED_TOO_DEEP, file, NameBuilder.span(at),
          SyntaxMessages.nestedTooDeep(GuardedParser.MAX_NESTING), "nested too deeply here",
          SyntaxMessages.nestedTooDeepHelp());
      List<Token> prefix = new ArrayList<>(tokens.subList(0, e.tokenIndex));
      prefix.add(endOfFileAt(at));
      // the cut input can reach one level more (a rule entered at the new end of file) and no further
      return parseTokens(prefix, new Diagnostics(), Math.max(0, at.getStartIndex()), GuardedParser.MAX_NESTING + 1);
    }
  }

  /** All tokens, hidden ones (comments) included, ending with EOF; offsets count UTF-16 chars like {@link Span}. */
  private List<Token> lex() {
    CodePointCharStream chars = CodePointCharStream.fromBuffer(
        CodePointBuffer.withChars(CharBuffer.wrap(file.text().toCharArray())), file.name());
    MarvelLexer lexer = new MarvelLexer(chars);
    lexer.removeErrorListeners();
    CommonTokenStream stream = new CommonTokenStream(lexer);
    stream.fill();
    return new ArrayList<>(stream.getTokens());
  }

  /**
   * The fast path for correct programs: SLL prediction, which is several times faster than full
   * LL, giving up at the first syntax error; empty when there is one (or nesting is too deep), and
   * then the careful parse with error recovery runs.
   */
  private static Optional<MarvelParser.ProgramContext> parseWithoutErrors(List<Token> tokens) {
    MarvelParser parser = new MarvelParser(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return Optional.of(parser.program());
    } catch (ParseCancellationException | GuardedParser.NestingTooDeep e) {
      return Optional.empty();
    }
  }

  /** Parses and builds; syntax errors go to {@code syntaxSink}, the builder's to {@link #diagnostics}. */
  private Program parseTokens(List<Token> tokens, Diagnostics syntaxSink, int cutOffset, int nestingLimit) {
    MarvelParser parser = new MarvelParser(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.setNestingLimit(nestingLimit);
    parser.removeErrorListeners();
    SyntaxErrorReporter reporter = new SyntaxErrorReporter(file, tokens, syntaxSink, cutOffset);
    parser.setErrorHandler(new SyntaxErrorStrategy(reporter));
    MarvelParser.ProgramContext tree = parser.program();
    return new AstBuilder(file, diagnostics, reporter::hasErrorOnLine).program(tree);
  }

  private static Token endOfFileAt(Token at) {
    CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
    eof.setStartIndex(at.getStartIndex());
    eof.setStopIndex(at.getStartIndex() - 1);
    eof.setLine(at.getLine());
    eof.setCharPositionInLine(at.getCharPositionInLine());
    return eof;
  }
}
