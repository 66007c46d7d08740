package dev.marvel.runtime.task;

/** UTF-8 encoding straight into a byte array, without the intermediate array of {@code getBytes}. */
final class Utf8 {
  private Utf8() {}

  static int encodedLength(CharSequence s) {
    int n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Writes {@code s} at {@code at}; returns the offset after it. Unpaired surrogates become '?', as Java's encoder does. */
  static int encode(CharSequence s, byte[] b, int at) {
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[at++] = (byte) c;
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | c >> 6);
        b[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[at++] = (byte) (0xF0 | cp >> 18);
        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        b[at++] = '?';
      } else {
        b[at++] = (byte) (0xE0 | c >> 12);
        b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }
}
