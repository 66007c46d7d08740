package dev.marvel.lsp;

import dev.marvel.parse.MarvelLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * What kind of thing may be typed at the cursor, read from the tokens before it: the syntax tree
 * of half-typed text is too broken to say, but the last few tokens nearly always are enough
 * ({@code |} → an operator, {@code join} → a dataset, {@code r.} → a column of {@code r}).
 */
record CursorContext(Kind kind, String prefix, String qualifier) {

  enum Kind {
    /** Outside any pipeline: {@code schema}, {@code use function}, {@code pipeline}. */
    TOP_LEVEL,
    /** A type name after {@code :} or {@code cast(… as}. */
    TYPE,
    /** The start of a statement inside a pipeline: {@code write} or a new dataset name. */
    STATEMENT,
    /** After {@code NAME =}: {@code read}, {@code join}, {@code union} or a dataset. */
    SOURCE,
    /** After {@code |}. */
    OPERATOR,
    /** After {@code read} or {@code to}: a format. */
    FORMAT,
    /** After {@code join}, {@code union}, {@code write} and in their lists: a dataset. */
    DATASET,
    /** After {@code read …) as}: a schema. */
    SCHEMA,
    /** After {@code group} or {@code order}. */
    BY,
    /** After {@code NAME.}: a column of the join side NAME. */
    MEMBER,
    /** Anywhere else in a pipeline: columns, parameters, functions, expression keywords. */
    EXPRESSION
  }

  static CursorContext at(String text, int offset) {
    String before = text.substring(0, Math.min(offset, text.length()));
    List<Token> tokens = new ArrayList<>();
    MarvelLexer lexer = new MarvelLexer(CharStreams.fromString(before));
    lexer.removeErrorListeners();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(t);
      }
    }
    String prefix = "";
    int end = before.length();
    int wordStart = end;
    while (wordStart > 0 && isWordChar(before.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart < end && !tokens.isEmpty() && isWordChar(before.charAt(end - 1))) {
      prefix = before.substring(wordStart);
      tokens.remove(tokens.size() - 1);
    }
    return new CursorContext(kind(tokens, before, wordStart), prefix, qualifier(tokens));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String qualifier(List<Token> tokens) {
    int n = tokens.size();
    if (n >= 2 && tokens.get(n - 1).getType() == MarvelLexer.DOT) {
      return tokens.get(n - 2).getText().replace("`", "");
    }
    return "";
  }

  private static Kind kind(List<Token> tokens, String before, int wordStart) {
    int depth = 0;
    for (Token t : tokens) {
      depth += t.getType() == MarvelLexer.LBRACE ? 1 : t.getType() == MarvelLexer.RBRACE ? -1 : 0;
    }
    int n = tokens.size();
    int last = n > 0 ? tokens.get(n - 1).getType() : Token.INVALID_TYPE;
    if (last == MarvelLexer.COLON) {
      return Kind.TYPE;
    }
    if (depth <= 0) {
      return Kind.TOP_LEVEL;
    }
    if (last == MarvelLexer.DOT) {
      return Kind.MEMBER;
    }
    switch (last) {
      case MarvelLexer.LBRACE:
        return Kind.STATEMENT;
      case MarvelLexer.PIPE:
        return Kind.OPERATOR;
      case MarvelLexer.READ:
      case MarvelLexer.TO:
        return Kind.FORMAT;
      case MarvelLexer.JOIN:
      case MarvelLexer.INNER:
      case MarvelLexer.LEFT:
      case MarvelLexer.RIGHT:
      case MarvelLexer.FULL:
      case MarvelLexer.BROADCAST:
      case MarvelLexer.UNION:
      case MarvelLexer.WRITE:
        return Kind.DATASET;
      case MarvelLexer.GROUP:
      case MarvelLexer.ORDER:
        return Kind.BY;
      default:
        break;
    }
    int clause = lastOf(tokens, MarvelLexer.READ, MarvelLexer.CAST, MarvelLexer.JOIN, MarvelLexer.UNION,
        MarvelLexer.ON, MarvelLexer.PIPE, MarvelLexer.EQ, MarvelLexer.WRITE);
    if (last == MarvelLexer.AS) {
      return clause == MarvelLexer.CAST ? Kind.TYPE : clause == MarvelLexer.READ ? Kind.SCHEMA : Kind.EXPRESSION;
    }
    if (last == MarvelLexer.COMMA && (clause == MarvelLexer.JOIN || clause == MarvelLexer.UNION)) {
      return Kind.DATASET;
    }
    if (last == MarvelLexer.EQ && n >= 2 && startsLine(tokens, n - 2)) {
      return Kind.SOURCE;
    }
    if (startsLineAt(before, wordStart) && endsOperand(last)) {
      return Kind.STATEMENT;
    }
    return Kind.EXPRESSION;
  }

  /** Whether token i is the first on its line (a {@code name =} there starts a statement). */
  private static boolean startsLine(List<Token> tokens, int i) {
    return i == 0 || tokens.get(i - 1).getLine() < tokens.get(i).getLine() || tokens.get(i - 1).getType() == MarvelLexer.LBRACE;
  }

  private static boolean startsLineAt(String before, int wordStart) {
    int lineStart = before.lastIndexOf('\n', wordStart - 1) + 1;
    return before.substring(lineStart, wordStart).isBlank();
  }

  /** Tokens after which an expression or a statement may be complete. */
  private static boolean endsOperand(int type) {
    return type == MarvelLexer.RPAREN || type == MarvelLexer.IDENT || type == MarvelLexer.QUOTED_IDENT
        || type == MarvelLexer.INTEGER || type == MarvelLexer.DECIMAL || type == MarvelLexer.STRING
        || type == MarvelLexer.TRUE || type == MarvelLexer.FALSE || type == MarvelLexer.NULL
        || type == MarvelLexer.END || type == MarvelLexer.DISTINCT || type == MarvelLexer.ASC
        || type == MarvelLexer.DESC || type == MarvelLexer.RBRACE || type == MarvelLexer.SEMI;
  }

  private static int lastOf(List<Token> tokens, int... types) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      for (int type : types) {
        if (tokens.get(i).getType() == type) {
          return type;
        }
      }
    }
    return Token.INVALID_TYPE;
  }
}
