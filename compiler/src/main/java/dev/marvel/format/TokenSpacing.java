package dev.marvel.format;

import dev.marvel.parse.MarvelLexer;
import dev.marvel.parse.MarvelParser;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Whether two tokens printed on one line are separated by a space. One space is the rule; the
 * exceptions depend on what a token is in the tree: the {@code (} of a call, format, cast or
 * parameter list hugs its name, {@code <}/{@code >} of {@code list<T>} hug the type, a unary
 * {@code -} hugs its operand.
 */
final class TokenSpacing {
  private final Set<Integer> huggingParens = new HashSet<>();
  private final Set<Integer> typeBrackets = new HashSet<>();
  private final Set<Integer> unaryMinus = new HashSet<>();

  TokenSpacing(MarvelParser.ProgramContext tree) {
    mark(tree);
  }

  private void mark(ParseTree node) {
    if (!(node instanceof ParserRuleContext ctx)) {
      return;
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      ParseTree child = ctx.getChild(i);
      if (child instanceof TerminalNode t) {
        markTerminal(ctx, t.getSymbol());
      } else {
        mark(child);
      }
    }
  }

  private void markTerminal(ParserRuleContext parent, Token t) {
    int type = t.getType();
    boolean call = parent instanceof MarvelParser.FormatContext || parent instanceof MarvelParser.CallExprContext
        || parent instanceof MarvelParser.CastExprContext || parent instanceof MarvelParser.ParamListContext
        || parent instanceof MarvelParser.UseFunctionDeclContext;
    if (type == MarvelLexer.LPAREN && call) {
      huggingParens.add(t.getTokenIndex());
    } else if ((type == MarvelLexer.LT || type == MarvelLexer.GT) && parent instanceof MarvelParser.TypeContext) {
      typeBrackets.add(t.getTokenIndex());
    } else if (type == MarvelLexer.MINUS && parent instanceof MarvelParser.UnaryContext) {
      unaryMinus.add(t.getTokenIndex());
    }
  }

  /** Whether {@code next}, printed right after {@code previous} on the same line, is preceded by a space. */
  boolean spaceBetween(Token previous, Token next) {
    int a = previous.getType();
    int b = next.getType();
    if (b == MarvelLexer.RPAREN || b == MarvelLexer.COMMA || b == MarvelLexer.SEMI || b == MarvelLexer.DOT
        || b == MarvelLexer.COLON || a == MarvelLexer.LPAREN || a == MarvelLexer.DOT) {
      return false;
    }
    if (huggingParens.contains(next.getTokenIndex())) {
      return false;
    }
    if (typeBrackets.contains(next.getTokenIndex())
        || (a == MarvelLexer.LT && typeBrackets.contains(previous.getTokenIndex()))) {
      return false;
    }
    if (unaryMinus.contains(previous.getTokenIndex())) {
      // `- 2147483648` and `-2147483648` differ (a negated long vs an int literal): keep a gap the author wrote
      boolean number = b == MarvelLexer.INTEGER || b == MarvelLexer.DECIMAL;
      return number && next.getStartIndex() > previous.getStopIndex() + 1;
    }
    return true;
  }
}
