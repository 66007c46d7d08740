package dev.marvel.samples.gen;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size written by a user: {@code 1048576}, {@code 64MiB}, {@code 1.5GiB}, {@code 10MB}, {@code 512k}. */
final class ByteSize {

  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?)(b?)", Pattern.CASE_INSENSITIVE);

  private ByteSize() {}

  /**
   * The number of bytes; {@code KiB/MiB/GiB/TiB} (and bare {@code k/m/g/t}) are powers of 1024,
   * {@code KB/MB/GB/TB} powers of 1000.
   *
   * @throws IllegalArgumentException saying what a size looks like
   */
  static long parse(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("`" + text + "` is not a size; write e.g. 1048576, 64MiB, "
          + "1.5GiB or 10MB");
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    boolean decimal = m.group(3).isEmpty() && !m.group(4).isEmpty();
    if (unit.isEmpty() && !m.group(3).isEmpty()) {
      throw new IllegalArgumentException("`" + text + "` is not a size: `i` needs a unit before it");
    }
    int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit) + 1;
    double bytes = Double.parseDouble(m.group(1)) * Math.pow(decimal ? 1000 : 1024, power);
    if (bytes >= Long.MAX_VALUE) {
      throw new IllegalArgumentException("`" + text + "` is too large");
    }
    return (long) bytes;
  }
}
