package dev.marvel.parse;

import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Reports what the lexer let through so the parser could keep going: unterminated strings, quoted
 * names and block comments, bad escapes, and characters that start no token.
 */
final class LexicalChecker {
  private final SourceFile file;
  private final Diagnostics diagnostics;

  LexicalChecker(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  void check(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      switch (token.getType()) {
        case MarvelLexer.STRING -> StringLiteral.decode(token.getText(), token.getStartIndex(), file, diagnostics);
        case MarvelLexer.QUOTED_IDENT -> checkQuotedName(token);
        case MarvelLexer.BLOCK_COMMENT -> checkComment(token);
        case MarvelLexer.ERROR_CHAR -> i = reportCharacter(tokens, i);
        default -> { }
      }
    }
  }

  private void checkQuotedName(Token token) {
    String text = token.getText();
    if (text.length() < 2 || !text.endsWith("`")) {
      diagnostics.error(SyntaxMessages.UNTERMINATED_QUOTED_NAME, file, span(token),
          SyntaxMessages.unterminatedQuotedName(), "no closing backquote on this line",
          SyntaxMessages.unterminatedQuotedNameHelp());
    } else if (text.length() == 2) {
      diagnostics.error(SyntaxMessages.EMPTY_QUOTED_NAME, file, span(token),
          SyntaxMessages.emptyQuotedName(), "a name needs at least one character");
    }
  }

  private void checkComment(Token token) {
    String text = token.getText();
    if (text.length() < 4 || !text.endsWith("*/")) {
      diagnostics.error(SyntaxMessages.UNTERMINATED_COMMENT, file, new Span(token.getStartIndex(), 2),
          SyntaxMessages.unterminatedComment(), "the comment starts here and runs to the end of the file",
          SyntaxMessages.unterminatedCommentHelp());
    }
  }

  /** Reports one stray character; a surrogate pair (an emoji) is one character. Returns the last index used. */
  private int reportCharacter(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String text = token.getText();
    int last = i;
    if (text.length() == 1 && Character.isHighSurrogate(text.charAt(0)) && i + 1 < tokens.size()
        && tokens.get(i + 1).getType() == MarvelLexer.ERROR_CHAR
        && Character.isLowSurrogate(tokens.get(i + 1).getText().charAt(0))) {
      text = text + tokens.get(i + 1).getText();
      last = i + 1;
    }
    String help = SyntaxMessages.unexpectedCharacterHelp(text);
    Span span = new Span(token.getStartIndex(), text.length());
    if (help.isEmpty()) {
      diagnostics.error(SyntaxMessages.UNEXPECTED_CHARACTER, file, span, SyntaxMessages.unexpectedCharacter(text),
          "not part of any word, number or symbol of the language");
    } else {
      diagnostics.error(SyntaxMessages.UNEXPECTED_CHARACTER, file, span, SyntaxMessages.unexpectedCharacter(text),
          "not part of any word, number or symbol of the language", help);
    }
    return last;
  }

  private static Span span(Token token) {
    return new Span(token.getStartIndex(), token.getStopIndex() - token.getStartIndex() + 1);
  }
}
