package dev.marvel.source;

/**
 * A range of characters in a {@link SourceFile}: {@code start} is a char index (UTF-16 units, as
 * Java strings and LSP count them), {@code length} the number of chars. Every AST node has one.
 */
public record Span(int start, int length) {

  public static final Span NONE = new Span(0, 0);

  public Span {
    if (start < 0 || length < 0) {
      throw new IllegalArgumentException("span " + start + "+" + length);
    }
  }

  public int end() {
    return start + length;
  }

  /** The smallest span covering this one and {@code other}. */
  public Span to(Span other) {
    int s = Math.min(start, other.start);
    return new Span(s, Math.max(end(), other.end()) - s);
  }

  public boolean contains(int offset) {
    return offset >= start && offset <= end();
  }
}
