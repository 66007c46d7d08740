package dev.marvel.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of {@link Builtin#signature()}, kept apart from the compiler so that the stdlib can
 * check itself: {@code "(" [type {", " type}] "): " type} with
 * {@code type = int | long | double | string | bool | date | path | "list<" type ">"}.
 */
final class SignatureGrammar {

  record Signature(List<String> params, String result) {}

  private static final Pattern WHOLE = Pattern.compile("\\((.*)\\): (.+)");
  private static final Pattern TYPE =
      Pattern.compile("(int|long|double|string|bool|date|path)|list<(.+)>");

  private SignatureGrammar() {}

  /** The parsed signature; throws IllegalArgumentException naming the part that does not parse. */
  static Signature parse(String text) {
    Matcher m = WHOLE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("`" + text + "` is not `(types): type`");
    }
    List<String> params = new ArrayList<>();
    if (!m.group(1).isEmpty()) {
      for (String p : m.group(1).split(", ", -1)) {
        params.add(checkType(p, text));
      }
    }
    return new Signature(params, checkType(m.group(2), text));
  }

  private static String checkType(String type, String signature) {
    Matcher m = TYPE.matcher(type);
    if (!m.matches()) {
      throw new IllegalArgumentException("`" + type + "` in `" + signature + "` is not a type");
    }
    if (m.group(2) != null) {
      checkType(m.group(2), signature);
    }
    return type;
  }
}
