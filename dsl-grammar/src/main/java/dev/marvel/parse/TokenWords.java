package dev.marvel.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Says token sets and tokens in the language's words: an expected set that holds everything that
 * can start an expression becomes "an expression", like Trino's ErrorHandler names rules instead
 * of listing their first tokens.
 */
final class TokenWords {
  static final IntervalSet EXPRESSION_START = TokenWords.set(
      MarvelLexer.INTEGER, MarvelLexer.DECIMAL, MarvelLexer.STRING, MarvelLexer.TRUE, MarvelLexer.FALSE,
      MarvelLexer.NULL, MarvelLexer.DATE, MarvelLexer.CAST, MarvelLexer.IF, MarvelLexer.CASE,
      MarvelLexer.IDENT, MarvelLexer.QUOTED_IDENT, MarvelLexer.END, MarvelLexer.LPAREN, MarvelLexer.MINUS,
      MarvelLexer.NOT);
  static final IntervalSet OPERATOR_KEYWORDS = TokenWords.set(
      MarvelLexer.WHERE, MarvelLexer.FILTER, MarvelLexer.SELECT, MarvelLexer.EXTEND, MarvelLexer.EXPLODE,
      MarvelLexer.GROUP, MarvelLexer.AGGREGATE, MarvelLexer.DISTINCT, MarvelLexer.ORDER, MarvelLexer.LIMIT);
  static final IntervalSet NAME = TokenWords.set(MarvelLexer.IDENT, MarvelLexer.QUOTED_IDENT, MarvelLexer.END);
  static final IntervalSet COMPARISONS = TokenWords.set(
      MarvelLexer.EQEQ, MarvelLexer.NE, MarvelLexer.LT, MarvelLexer.LE, MarvelLexer.GT, MarvelLexer.GE);

  private TokenWords() {}

  static IntervalSet set(int... types) {
    IntervalSet set = new IntervalSet(types);
    set.setReadonly(true);
    return set;
  }

  /** A set of expected token types as "an expression, `,` or `)`". */
  static String describe(IntervalSet expected) {
    IntervalSet rest = new IntervalSet(expected);
    rest.remove(Token.EPSILON);
    List<String> words = new ArrayList<>();
    if (containsAll(rest, MarvelLexer.INTEGER, MarvelLexer.STRING, MarvelLexer.LPAREN)) {
      words.add("an expression");
      rest = rest.subtract(EXPRESSION_START);
    }
    if (containsAll(rest, MarvelLexer.WHERE, MarvelLexer.SELECT)) {
      words.add("an operator");
      rest = rest.subtract(OPERATOR_KEYWORDS);
    }
    if (containsAll(rest, MarvelLexer.PIPELINE, MarvelLexer.SCHEMA)) {
      words.add("a declaration (`pipeline`, `schema` or `use function`)");
      rest = rest.subtract(TokenWords.set(MarvelLexer.PIPELINE, MarvelLexer.SCHEMA, MarvelLexer.USE));
    }
    if (containsAll(rest, MarvelLexer.WRITE, MarvelLexer.IDENT)) {
      words.add("a statement");
      rest = rest.subtract(NAME);
      rest.remove(MarvelLexer.WRITE);
    }
    if (containsAll(rest, MarvelLexer.READ, MarvelLexer.JOIN)) {
      words.add("a source (`read`, `join`, `union` or a dataset name)");
      rest = rest.subtract(NAME).subtract(TokenWords.set(MarvelLexer.READ, MarvelLexer.JOIN, MarvelLexer.UNION));
    }
    if (containsAll(rest, MarvelLexer.IDENT, MarvelLexer.DATE)) {
      words.add("a type");
      rest = rest.subtract(TokenWords.set(MarvelLexer.IDENT, MarvelLexer.DATE));
    }
    if (rest.contains(MarvelLexer.IDENT)) {
      words.add("a name");
      rest = rest.subtract(NAME);
    }
    for (int type : rest.toList()) {
      words.add(type == Token.EOF ? "end of file" : "`" + symbol(type) + "`");
    }
    return joinWithOr(words);
  }

  /** What was found, for "expected …, found <this>". */
  static String found(Token token) {
    int type = token.getType();
    if (type == Token.EOF) {
      return "end of file";
    }
    String text = shorten(token.getText());
    if (isKeyword(type)) {
      return "keyword `" + text + "`";
    }
    return switch (type) {
      case MarvelLexer.STRING -> "string `" + text + "`";
      case MarvelLexer.INTEGER, MarvelLexer.DECIMAL -> "number `" + text + "`";
      default -> "`" + text + "`";
    };
  }

  static boolean isKeyword(int type) {
    return type >= MarvelLexer.PIPELINE && type <= MarvelLexer.MATCHES;
  }

  /** The source text of a fixed token: {@code pipeline}, {@code ==}; the rule name otherwise. */
  static String symbol(int type) {
    String literal = MarvelLexer.VOCABULARY.getLiteralName(type);
    if (literal != null) {
      return literal.substring(1, literal.length() - 1);
    }
    return MarvelLexer.VOCABULARY.getSymbolicName(type).toLowerCase();
  }

  static String joinWithOr(List<String> words) {
    if (words.isEmpty()) {
      return "something else";
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  private static boolean containsAll(IntervalSet set, int... types) {
    for (int type : types) {
      if (!set.contains(type)) {
        return false;
      }
    }
    return true;
  }

  private static String shorten(String text) {
    String oneLine = text.replace("\n", "\\n").replace("\r", "\\r");
    return oneLine.length() <= 30 ? oneLine : oneLine.substring(0, 29) + "…";
  }
}
