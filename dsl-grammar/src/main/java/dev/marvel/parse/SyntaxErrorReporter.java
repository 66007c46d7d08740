package dev.marvel.parse;

import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns "the parser did not expect this token here" into a diagnostic in the language's words,
 * recognising the usual slips: a misspelt keyword, a keyword used as a name, {@code =} for
 * {@code ==}, a chained comparison.
 */
final class SyntaxErrorReporter {
  private static final int LOOK_BACK = 64;
  private static final IntervalSet AFTER_NAME = TokenWords.set(MarvelLexer.EQEQ, MarvelLexer.NE, MarvelLexer.LT,
      MarvelLexer.LE, MarvelLexer.GT, MarvelLexer.GE, MarvelLexer.PLUS, MarvelLexer.STAR, MarvelLexer.SLASH,
      MarvelLexer.PERCENT, MarvelLexer.DOT, MarvelLexer.COMMA, MarvelLexer.RPAREN, MarvelLexer.IS,
      MarvelLexer.MATCHES, MarvelLexer.BETWEEN);

  /** Tokens before which no comparison of the current operand chain can be. */
  private static final IntervalSet STARTS_OPERAND_CHAIN =
      TokenWords.set(MarvelLexer.LPAREN, MarvelLexer.COMMA, MarvelLexer.PIPE, MarvelLexer.EQ);
  private static final IntervalSet OPERAND_KEYWORDS =
      TokenWords.set(MarvelLexer.TRUE, MarvelLexer.FALSE, MarvelLexer.NULL, MarvelLexer.END);

  private static final IntervalSet LEADING_KEYWORDS = TokenWords.set(MarvelLexer.WRITE, MarvelLexer.READ,
      MarvelLexer.JOIN, MarvelLexer.UNION, MarvelLexer.PIPELINE, MarvelLexer.SCHEMA, MarvelLexer.USE,
      MarvelLexer.FUNCTION);

  private final SourceFile file;
  private final List<Token> tokens;
  private final Diagnostics diagnostics;
  private final int cutOffset;
  private int lastErrorLine = -1;
  private final Set<Integer> errorLines = new HashSet<>();

  /**
   * {@code tokens}: everything the lexer made, indexed like the parser's tokens. Errors at or
   * after {@code cutOffset} are consequences of a cut-off input and are not reported.
   */
  SyntaxErrorReporter(SourceFile file, List<Token> tokens, Diagnostics diagnostics, int cutOffset) {
    this.file = file;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
    this.cutOffset = cutOffset;
  }

  void unexpected(Token offending, IntervalSet expected) {
    int type = offending.getType();
    if (type == MarvelLexer.ERROR_CHAR || offending.getStartIndex() >= cutOffset) {
      return; // LexicalChecker reported the character; past the cut everything is a consequence
    }
    if (offending.getLine() == lastErrorLine) {
      return; // a second complaint about the same line is almost always a consequence of the first
    }
    lastErrorLine = offending.getLine();
    errorLines.add(lastErrorLine);
    Span span = span(offending);
    String found = TokenWords.found(offending);
    if (type == MarvelLexer.EQ && inCondition(offending.getTokenIndex())) {
      error(SyntaxMessages.ASSIGN_IN_CONDITION, span, SyntaxMessages.assignInCondition(), "use `==` here",
          SyntaxMessages.assignInConditionHelp());
      return;
    }
    if (TokenWords.COMPARISONS.contains(type) && afterComparison(offending.getTokenIndex())) {
      error(SyntaxMessages.CHAINED_COMPARISON, span, SyntaxMessages.chainedComparison(),
          "second comparison", SyntaxMessages.chainedComparisonHelp());
      return;
    }
    String wanted = TokenWords.describe(expected);
    if (type == MarvelLexer.IDENT || type == MarvelLexer.QUOTED_IDENT) {
      if (reportedAsMisspelling(offending, expected, span)) {
        return;
      }
    } else if (TokenWords.isKeyword(type) && namePosition(offending, expected)) {
      String message = expected.contains(MarvelLexer.INTEGER)
          ? SyntaxMessages.expected(wanted, found) : SyntaxMessages.keywordAsName(offending.getText());
      error(SyntaxMessages.KEYWORD_AS_NAME, span, message, "reserved word",
          SyntaxMessages.keywordAsNameHelp(offending.getText()));
      return;
    }
    Optional<String> previousWord = misspeltPreviousWord(offending.getTokenIndex());
    if (previousWord.isPresent()) {
      error(SyntaxMessages.MISSPELT_KEYWORD, span, SyntaxMessages.expected(wanted, found),
          SyntaxMessages.expectedLabel(wanted), previousWord.get());
      return;
    }
    error(SyntaxMessages.UNEXPECTED, span, SyntaxMessages.expected(wanted, found), SyntaxMessages.expectedLabel(wanted));
  }

  /** Whether a syntax error was reported on this 1-based line; later checks stay quiet there. */
  boolean hasErrorOnLine(int line) {
    return errorLines.contains(line);
  }

  private boolean reportedAsMisspelling(Token offending, IntervalSet expected, Span span) {
    String word = offending.getText();
    Optional<String> keyword = KeywordSpelling.closest(word, expected);
    if (expected.contains(MarvelLexer.WHERE) && expected.contains(MarvelLexer.SELECT)) {
      String help = keyword.map(SyntaxMessages::didYouMean).orElse(SyntaxMessages.operatorsHelp());
      error(SyntaxMessages.MISSPELT_KEYWORD, span, SyntaxMessages.unknownOperator(word), "not an operator", help);
      return true;
    }
    if (keyword.isPresent()) {
      String wanted = TokenWords.describe(expected);
      error(SyntaxMessages.MISSPELT_KEYWORD, span, SyntaxMessages.expected(wanted, TokenWords.found(offending)),
          SyntaxMessages.expectedLabel(wanted), SyntaxMessages.didYouMean(keyword.get()));
      return true;
    }
    return false;
  }

  /**
   * A name is wanted and no statement could start here instead; or an expression is wanted and
   * the keyword is followed by something only a name could be followed by ({@code order > 1}).
   */
  private boolean namePosition(Token offending, IntervalSet expected) {
    if (!expected.contains(MarvelLexer.IDENT)) {
      return false;
    }
    int next = nextToken(offending.getTokenIndex()).getType();
    if (expected.contains(MarvelLexer.INTEGER)) {
      return AFTER_NAME.contains(next);
    }
    boolean statement = expected.contains(MarvelLexer.WRITE);
    return !statement || next == MarvelLexer.EQ;
  }

  /** "`wirte` is not a keyword; did you mean `write`?" when the word before the error looks like one. */
  private Optional<String> misspeltPreviousWord(int index) {
    int at = index;
    for (int words = 0; words < 2; words++) {
      Token previous = previousToken(at);
      if (previous == null || previous.getType() != MarvelLexer.IDENT) {
        return Optional.empty();
      }
      Optional<String> keyword = KeywordSpelling.closest(previous.getText(), LEADING_KEYWORDS);
      if (keyword.isPresent()) {
        return Optional.of("`" + previous.getText() + "` is not a keyword; " + SyntaxMessages.didYouMean(keyword.get()));
      }
      at = previous.getTokenIndex();
    }
    return Optional.empty();
  }

  /** Whether the token at {@code index} sits in a where/on/when/if condition begun on its line. */
  private boolean inCondition(int index) {
    int line = tokens.get(index).getLine();
    for (int i = index - 1; i >= 0 && i > index - LOOK_BACK; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (t.getLine() != line) {
        return false;
      }
      switch (t.getType()) {
        case MarvelLexer.WHERE, MarvelLexer.FILTER, MarvelLexer.ON, MarvelLexer.WHEN, MarvelLexer.IF,
            MarvelLexer.AND, MarvelLexer.OR, MarvelLexer.NOT -> {
          return true;
        }
        case MarvelLexer.PIPE, MarvelLexer.LBRACE, MarvelLexer.RBRACE, MarvelLexer.WRITE, MarvelLexer.SEMI,
            MarvelLexer.THEN, MarvelLexer.ELSE, MarvelLexer.EQ, MarvelLexer.COMMA -> {
          return false;
        }
        default -> {
          if (TokenWords.OPERATOR_KEYWORDS.contains(t.getType())) {
            return false;
          }
        }
      }
    }
    return false;
  }

  /** Whether another comparison comes before the token at {@code index} in the same operand chain. */
  private boolean afterComparison(int index) {
    for (int i = index - 1; i >= 0 && i > index - LOOK_BACK; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      int type = t.getType();
      if (TokenWords.COMPARISONS.contains(type)) {
        return true;
      }
      if (STARTS_OPERAND_CHAIN.contains(type) || TokenWords.isKeyword(type) && !OPERAND_KEYWORDS.contains(type)) {
        return false;
      }
    }
    return false;
  }

  private Token previousToken(int index) {
    for (int i = Math.min(index, tokens.size()) - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return null;
  }

  /** The next token the parser sees after {@code index}; the end of file at the end. */
  private Token nextToken(int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return tokens.get(tokens.size() - 1);
  }

  private void error(String code, Span span, String message, String label, String... help) {
    diagnostics.error(code, file, span, message, label, help);
  }

  /**
   * The offending token; but when it starts a later line than the token before it, the point just
   * after that token: "expected `)`" belongs at the end of the line that lacks it.
   */
  private Span span(Token offending) {
    Token previous = previousToken(offending.getTokenIndex());
    if (previous != null && previous.getLine() < offending.getLine()) {
      return new Span(previous.getStopIndex() + 1, 0);
    }
    return tokenSpan(offending);
  }

  private Span tokenSpan(Token token) {
    if (token.getType() == Token.EOF || token.getStartIndex() < 0) {
      int at = Math.max(0, Math.min(token.getStartIndex(), file.text().length()));
      return new Span(token.getType() == Token.EOF ? file.text().length() : at, 0);
    }
    return new Span(token.getStartIndex(), token.getStopIndex() - token.getStartIndex() + 1);
  }
}
