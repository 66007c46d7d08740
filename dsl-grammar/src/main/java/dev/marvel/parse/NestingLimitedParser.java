package dev.marvel.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated parser with a cap on how deeply expressions and types nest, so a hostile
 * {@code ((((…} cannot overflow the Java stack: past {@link #MAX_NESTING} it stops with {@link
 * NestingTooDeep}, which {@link Parser} turns into a diagnostic.
 */
final class NestingLimitedParser extends MarvelParser {
  static final int MAX_NESTING = 200;

  private int depth;

  NestingLimitedParser(TokenStream input) {
    super(input);
  }

  @Override
  public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
    if (isNesting(ruleIndex) && ++depth > MAX_NESTING) {
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
    return ruleIndex == RULE_expr || ruleIndex == RULE_type;
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
