package dev.marvel.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@link Builtin#signature()}: the parameter and result types as the language writes
 * them ({@code string}, {@code list<string>}). The grammar is
 * {@code "(" [type {", " type}] "): " type} with
 * {@code type = int | long | double | string | bool | date | path | "list<" type ">"};
 * the compiler maps the type names to its own types.
 */
public record BuiltinSignature(List<String> params, String result) {

  private static final Pattern WHOLE = Pattern.compile("\\((.*)\\): (.+)");
  private static final Pattern TYPE =
      Pattern.compile("(int|long|double|string|bool|date|path)|list<(.+)>");

  public BuiltinSignature {
    params = List.copyOf(params);
  }

  /**
   * The signature written as {@code text}.
   *
   * @throws IllegalArgumentException naming the part that does not parse
   */
  public static BuiltinSignature parse(String text) {
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
    return new BuiltinSignature(params, checkType(m.group(2), text));
  }

  /** The element type of a {@code list<T>} type name, or null for a scalar type name. */
  public static String elementOf(String type) {
    return type.startsWith("list<") ? type.substring("list<".length(), type.length() - 1) : null;
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
