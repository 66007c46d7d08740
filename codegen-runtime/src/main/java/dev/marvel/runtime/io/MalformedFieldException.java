package dev.marvel.runtime.io;

import java.nio.charset.StandardCharsets;

/**
 * A field whose bytes do not spell a value of the wanted type. Thrown by {@link FieldParser};
 * readers turn it into a {@link BadRecordException} with the file and offset. It carries no
 * stack trace: with a skip policy it is an expected, per-record event.
 */
public final class MalformedFieldException extends Exception {
  private static final int MAX_SHOWN = 64;

  /** {@code reason} completes a sentence about the value, e.g. {@code "is not a double"}. */
  public MalformedFieldException(byte[] b, int off, int len, String reason) {
    super(quote(b, off, len) + " " + reason, null, false, false);
  }

  /** The value in double quotes, cut after {@value #MAX_SHOWN} bytes so messages stay one line. */
  static String quote(byte[] b, int off, int len) {
    int shown = Math.min(len, MAX_SHOWN);
    String text = new String(b, off, shown, StandardCharsets.UTF_8);
    return "\"" + text + (shown < len ? "…" : "") + "\"";
  }
}
