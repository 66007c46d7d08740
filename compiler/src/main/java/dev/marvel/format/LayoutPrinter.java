package dev.marvel.format;

import dev.marvel.parse.MarvelLexer;
import dev.marvel.parse.MarvelParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Prints a cleanly parsed file in the canonical layout (docs/language.md, "Style"): declarations
 * at column 0, statements indented by 2, each {@code |} on its own line under the statement's
 * {@code =}, one space between tokens except where {@link TokenSpacing} says otherwise, field and
 * parameter lists on one line when the declaration fits in {@value #WIDTH} columns, else one per line.
 *
 * <p>Comments come from the hidden channel and are printed where they were: a comment that started
 * its line stays on a line of its own (at the indentation of what follows), a trailing comment stays
 * at the end of its line, and whatever followed a line comment starts a new line. Blank lines between
 * things are kept, at most one.
 */
final class LayoutPrinter {
  static final int WIDTH = 100;
  private static final int STATEMENT_INDENT = 2;
  private static final int CONTINUATION = 4;

  private final String source;
  private final List<Token> tokens;
  private final TokenSpacing spacing;
  private final StringBuilder out = new StringBuilder();

  private int column;
  /** The indentation of the current line's construct; a forced break continues at this plus {@link #CONTINUATION}. */
  private int lineIndent;
  private Token lastToken;
  /** Where, in the source, the last printed token or comment ended; -1 before the first. */
  private int lastEnd = -1;
  private int scanned;
  /** When set, the next token starts a new line at this column. */
  private Integer pendingBreak;
  /** The column of comments on lines of their own before the next token. */
  private int commentColumn;
  /** A comment ended its line: the next token starts a new line. */
  private boolean mustBreak;
  private boolean afterInlineComment;

  LayoutPrinter(String source, List<Token> tokens, TokenSpacing spacing) {
    this.source = source;
    this.tokens = tokens;
    this.spacing = spacing;
  }

  String print(MarvelParser.ProgramContext program) {
    for (MarvelParser.DeclContext decl : program.decl()) {
      breakBefore(0, 0);
      visit(decl);
    }
    comments(tokens.size() - 1, 0);
    if (out.length() > 0) {
      out.append('\n');
    }
    return out.toString();
  }

  private void visit(ParseTree node) {
    if (node instanceof TerminalNode t) {
      terminal(t.getSymbol());
    } else if (node instanceof MarvelParser.SchemaDeclContext s) {
      schema(s);
    } else if (node instanceof MarvelParser.PipelineDeclContext p) {
      pipeline(p);
    } else if (node instanceof MarvelParser.PipelineBodyContext b) {
      body(b);
    } else if (node instanceof MarvelParser.AssignStatementContext a) {
      assign(a);
    } else {
      children((ParserRuleContext) node);
    }
  }

  private void children(ParserRuleContext ctx) {
    for (int i = 0; i < ctx.getChildCount(); i++) {
      visit(ctx.getChild(i));
    }
  }

  private void schema(MarvelParser.SchemaDeclContext s) {
    boolean oneLine = fitsOnOneLine(s.start, s.stop);
    MarvelParser.FieldListContext fields = s.fieldList();
    for (int i = 0; i < s.getChildCount(); i++) {
      ParseTree child = s.getChild(i);
      if (child == fields && !oneLine) {
        continue;
      }
      if (child instanceof TerminalNode t && t.getSymbol().getType() == MarvelLexer.RPAREN && !oneLine) {
        items(fields == null ? List.of() : fields.field());
        closeList(t.getSymbol());
        continue;
      }
      visit(child);
    }
  }

  private void pipeline(MarvelParser.PipelineDeclContext p) {
    MarvelParser.ParamListContext params = p.paramList();
    boolean oneLine = fitsOnOneLine(p.start, p.pipelineBody().LBRACE().getSymbol());
    for (int i = 0; i < p.getChildCount(); i++) {
      ParseTree child = p.getChild(i);
      if (child == params && !oneLine) {
        terminal(params.LPAREN().getSymbol());
        items(params.param());
        closeList(params.RPAREN().getSymbol());
      } else {
        visit(child);
      }
    }
  }

  /** One item per line, indented, commas after all but the last. */
  private void items(List<? extends ParserRuleContext> items) {
    for (int i = 0; i < items.size(); i++) {
      breakBefore(STATEMENT_INDENT, STATEMENT_INDENT);
      visit(items.get(i));
      Token after = nextDefault(items.get(i).stop.getTokenIndex() + 1);
      if (i < items.size() - 1 && after.getType() == MarvelLexer.COMMA) {
        terminal(after);
      }
    }
  }

  private void closeList(Token rparen) {
    breakBefore(0, STATEMENT_INDENT);
    terminal(rparen);
  }

  private void body(MarvelParser.PipelineBodyContext b) {
    terminal(b.LBRACE().getSymbol());
    for (MarvelParser.StatementContext s : b.statement()) {
      breakBefore(STATEMENT_INDENT, STATEMENT_INDENT);
      visit(s);
    }
    breakBefore(0, STATEMENT_INDENT);
    terminal(b.RBRACE().getSymbol());
  }

  private void assign(MarvelParser.AssignStatementContext a) {
    visit(a.name());
    terminal(a.EQ().getSymbol());
    int pipeColumn = column - 1;
    MarvelParser.FlowContext flow = a.flow();
    for (int i = 0; i < flow.getChildCount(); i++) {
      ParseTree child = flow.getChild(i);
      if (child instanceof TerminalNode t && t.getSymbol().getType() == MarvelLexer.PIPE) {
        breakBefore(pipeColumn, pipeColumn);
      }
      visit(child);
    }
    if (a.SEMI() != null) {
      visit(a.SEMI());
    }
  }

  private void breakBefore(int tokenColumn, int ownLineCommentColumn) {
    pendingBreak = tokenColumn;
    commentColumn = ownLineCommentColumn;
  }

  private void terminal(Token t) {
    if (t.getType() == Token.EOF || t.getTokenIndex() < scanned || isTrailingComma(t)) {
      return;
    }
    // no blank line before a closing brace or parenthesis
    boolean closing = t.getType() == MarvelLexer.RBRACE || t.getType() == MarvelLexer.RPAREN;
    comments(t.getTokenIndex(), pendingBreak != null ? commentColumn : lineIndent + CONTINUATION);
    if (pendingBreak != null || mustBreak) {
      int at = pendingBreak != null ? pendingBreak : lineIndent + CONTINUATION;
      newline(!closing && blankLineBefore(t.getStartIndex()), at);
      if (pendingBreak != null) {
        lineIndent = at;
      }
    } else if (lastToken != null && (afterInlineComment ? !isCloser(t) : spacing.spaceBetween(lastToken, t))) {
      write(" ");
    }
    write(t.getText());
    lastToken = t;
    lastEnd = t.getStopIndex() + 1;
    scanned = t.getTokenIndex() + 1;
    pendingBreak = null;
    mustBreak = false;
    afterInlineComment = false;
  }

  /** Prints the comments before token index {@code upTo}. */
  private void comments(int upTo, int ownLineColumn) {
    for (; scanned < upTo; scanned++) {
      Token c = tokens.get(scanned);
      if (c.getChannel() != Token.HIDDEN_CHANNEL) {
        continue;
      }
      String gap = lastEnd < 0 ? "\n" : source.substring(lastEnd, c.getStartIndex());
      if (gap.contains("\n")) {
        newline(blankLineBefore(c.getStartIndex()), ownLineColumn);
      } else if (c.getType() == MarvelLexer.LINE_COMMENT) {
        write(" ".repeat(Math.max(1, gap.length())));
      } else if (lastToken != null && lastToken.getType() != MarvelLexer.LPAREN) {
        write(" ");
      }
      write(c.getText());
      lastEnd = c.getStopIndex() + 1;
      afterInlineComment = false;
      if (c.getType() == MarvelLexer.LINE_COMMENT || newlineFollows(lastEnd)) {
        mustBreak = true;
      } else {
        afterInlineComment = true;
      }
    }
  }

  private void newline(boolean blankLine, int indent) {
    if (out.length() > 0) {
      out.append(blankLine ? "\n\n" : "\n");
      column = 0;
    }
    write(" ".repeat(indent));
  }

  private void write(String text) {
    out.append(text);
    int nl = text.lastIndexOf('\n');
    column = nl < 0 ? column + text.length() : text.length() - nl - 1;
  }

  private boolean blankLineBefore(int offset) {
    if (lastEnd < 0) {
      return false;
    }
    String gap = source.substring(lastEnd, offset);
    return gap.indexOf('\n') != gap.lastIndexOf('\n');
  }

  private boolean newlineFollows(int offset) {
    for (int i = offset; i < source.length() && Character.isWhitespace(source.charAt(i)); i++) {
      if (source.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static boolean isCloser(Token t) {
    int type = t.getType();
    return type == MarvelLexer.RPAREN || type == MarvelLexer.COMMA || type == MarvelLexer.SEMI;
  }

  /** A comma right before {@code )}: allowed in field and parameter lists, never printed. */
  private boolean isTrailingComma(Token t) {
    return t.getType() == MarvelLexer.COMMA && nextDefault(t.getTokenIndex() + 1).getType() == MarvelLexer.RPAREN;
  }

  private Token nextDefault(int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(i);
      }
    }
    return tokens.get(tokens.size() - 1);
  }

  /** Whether the tokens from {@code first} to {@code last} hold no comment and fit in {@link #WIDTH} on one line. */
  private boolean fitsOnOneLine(Token first, Token last) {
    List<Token> line = new ArrayList<>();
    for (int i = first.getTokenIndex(); i <= last.getTokenIndex(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.HIDDEN_CHANNEL) {
        return false;
      }
      if (t.getChannel() == Token.DEFAULT_CHANNEL && !isTrailingComma(t)) {
        line.add(t);
      }
    }
    int width = 0;
    for (int i = 0; i < line.size(); i++) {
      width += line.get(i).getText().length() + (i > 0 && spacing.spaceBetween(line.get(i - 1), line.get(i)) ? 1 : 0);
    }
    return width <= WIDTH;
  }
}
