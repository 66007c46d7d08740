package dev.marvel.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The base of the generated parser. It caps how deeply expressions and types nest, so a hostile
 * {@code ((((…} cannot overflow the Java stack (past the limit it stops with {@link
 * NestingTooDeep}, which {@link Parser} turns into a diagnostic), and it gives the grammar the one
 * newline-aware test it needs, {@link #atStatementStart()}.
 */
public abstract class GuardedParser extends org.antlr.v4.runtime.Parser {
  static final int MAX_NESTING = 200;

  private int limit = MAX_NESTING;
  private int depth;

  protected GuardedParser(TokenStream input) {
    super(input);
  }

  /** The deepest nesting allowed; {@link #MAX_NESTING} unless set. */
  void setNestingLimit(int limit) {
    this.limit = limit;
  }

  /** Whether the next tokens are {@code name =} at the start of a line: a new statement. */
  protected boolean atStatementStart() {
    TokenStream tokens = getInputStream();
    Token next = tokens.LT(1);
    Token previous = tokens.LT(-1);
    return TokenWords.NAME.contains(next.getType()) && tokens.LA(2) == MarvelLexer.EQ
        && previous != null && previous.getLine() < next.getLine();
  }

  @Override
  public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
    if (isNesting(ruleIndex) && ++depth > limit) {
      throw new NestingTooDeep(getCurrentToken().getTokenIndex());
    }
    super.enterRule(localctx, state, ruleIndex);
  }

  @Override
  public void exitRule() {
    if (isNesting(getContext().getRuleIndex())) {
      depth--;
    }
    super.exitRule();
  }

  private static boolean isNesting(int ruleIndex) {
    return ruleIndex == MarvelParser.RULE_expr || ruleIndex == MarvelParser.RULE_type;
  }

  /** Thrown (and caught by {@link Parser}) when nesting passes the cap at token {@code tokenIndex}. */
  static final class NestingTooDeep extends RuntimeException {
    final int tokenIndex;

    NestingTooDeep(int tokenIndex) {
      super(null, null, false, false);
      this.tokenIndex = tokenIndex;
    }
  }
}
