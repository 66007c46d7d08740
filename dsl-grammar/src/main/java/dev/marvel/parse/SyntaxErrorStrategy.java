package dev.marvel.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (single-token insertion and deletion, resynchronising on follow sets) with two
 * changes: errors are reported by {@link SyntaxErrorReporter} in the language's words, and after
 * an error the parser skips only to a point where the program clearly goes on — a `|`, a
 * `write`, a `}`, a declaration keyword, or a name followed by `=` at the start of a line — so one
 * broken line does not swallow the next statement's errors, nor invent new ones.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  private static final IntervalSet RESUME_TOKENS = TokenWords.set(MarvelLexer.PIPE, MarvelLexer.WRITE,
      MarvelLexer.RBRACE, MarvelLexer.PIPELINE, MarvelLexer.SCHEMA, MarvelLexer.USE);

  private final SyntaxErrorReporter reporter;

  SyntaxErrorStrategy(SyntaxErrorReporter reporter) {
    this.reporter = reporter;
  }

  @Override
  protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
    reporter.unexpected(e.getOffendingToken(), expectedHere(recognizer));
  }

  @Override
  protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
    reporter.unexpected(e.getOffendingToken(), expectedHere(recognizer));
  }

  /**
   * What may come at the parser's current state. Not the exception's own set: ANTLR builds that
   * from the last optional loop it passed, which can be several rules back and reads as nonsense.
   */
  private static IntervalSet expectedHere(Parser recognizer) {
    return recognizer.getExpectedTokens();
  }

  /**
   * The only predicate is "not a name that starts the next statement"; when it fails, the rule
   * (an expression, a source, a schema) found nothing, so say what could have started it.
   */
  @Override
  protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
    ATN atn = recognizer.getATN();
    IntervalSet ruleStart = atn.nextTokens(atn.ruleToStartState[recognizer.getContext().getRuleIndex()]);
    reporter.unexpected(e.getOffendingToken(), ruleStart);
  }

  @Override
  protected void reportUnwantedToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    reporter.unexpected(recognizer.getCurrentToken(), getExpectedTokens(recognizer));
  }

  @Override
  protected void reportMissingToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    reporter.unexpected(recognizer.getCurrentToken(), getExpectedTokens(recognizer));
  }

  /**
   * Never skip a token that starts the next statement or operator to repair the current one, nor
   * skip to a token on the next line: what follows there is more likely a new statement.
   */
  @Override
  protected Token singleTokenDeletion(Parser recognizer) {
    TokenStream tokens = recognizer.getInputStream();
    if (RESUME_TOKENS.contains(tokens.LA(1)) || tokens.LT(2).getLine() > tokens.LT(1).getLine()) {
      return null;
    }
    return super.singleTokenDeletion(recognizer);
  }

  @Override
  protected void consumeUntil(Parser recognizer, IntervalSet set) {
    TokenStream tokens = recognizer.getInputStream();
    while (tokens.LA(1) != Token.EOF && !isResumePoint(tokens, set)) {
      recognizer.consume();
    }
  }

  private static boolean isResumePoint(TokenStream tokens, IntervalSet set) {
    int type = tokens.LA(1);
    if (!set.contains(type)) {
      return false;
    }
    if (!TokenWords.NAME.contains(type)) {
      return true;
    }
    // a name resumes parsing only where a new statement clearly starts
    Token previous = tokens.LT(-1);
    return tokens.LA(2) == MarvelLexer.EQ && (previous == null || previous.getLine() < tokens.LT(1).getLine());
  }
}
