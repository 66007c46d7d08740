package dev.marvel.analysis;

import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code signature} of a {@code @Builtin} method, written in the language's own type
 * syntax: {@code "(string, int, int): string"}, {@code "(string): list<string>"},
 * {@code "(T, T): T"}. A single upper-case letter is a type variable.
 */
final class SignatureParser {
  private final String text;
  private int pos;

  private SignatureParser(String text) {
    this.text = text;
  }

  /** The parameter types and the result type; {@link IllegalArgumentException} when malformed. */
  static List<SignatureType> parse(String signature) {
    SignatureParser p = new SignatureParser(signature);
    List<SignatureType> types = new ArrayList<>();
    p.expect('(');
    p.skipSpaces();
    if (!p.peek(')')) {
      types.add(p.type());
      while (p.peek(',')) {
        p.expect(',');
        types.add(p.type());
      }
    }
    p.expect(')');
    p.expect(':');
    types.add(p.type());
    p.skipSpaces();
    if (p.pos != signature.length()) {
      throw p.error();
    }
    return types;
  }

  private SignatureType type() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    String word = text.substring(start, pos);
    if (word.equals("list")) {
      expect('<');
      SignatureType element = type();
      expect('>');
      if (element instanceof SignatureType.Variable v) {
        return new SignatureType.Variable(v.name(), v.listDepth() + 1);
      }
      return new SignatureType.Concrete(new Type.ListOf(((SignatureType.Concrete) element).type()));
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return new SignatureType.Variable(word, 0);
    }
    return Type.scalarNamed(word).<SignatureType>map(SignatureType.Concrete::new).orElseThrow(this::error);
  }

  private boolean peek(char c) {
    skipSpaces();
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error();
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  private IllegalArgumentException error() {
    return new IllegalArgumentException("malformed signature \"" + text + "\" at character " + (pos + 1));
  }
}
