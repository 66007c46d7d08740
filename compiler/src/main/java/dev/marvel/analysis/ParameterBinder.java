package dev.marvel.analysis;

import dev.marvel.types.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds command-line values ({@code -p name=value}) to a pipeline's parameters: every name must
 * be a parameter, every parameter without a default must be given, and every value must parse
 * as the parameter's type. All problems are reported at once.
 */
public final class ParameterBinder {

  /** The bound values, or every problem found; exactly one of the two is present. */
  public record Result(Optional<BoundParameters> parameters, List<ParameterProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ParameterBinder() {}

  /** @param given values as written on the command line, by parameter name */
  public static Result bind(AnalyzedPipeline pipeline, Map<String, String> given) {
    List<ParameterProblem> problems = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> names = pipeline.parameters().stream().map(PipelineParameter::name).toList();
    for (String name : given.keySet().stream().sorted().toList()) {
      if (pipeline.parameter(name).isEmpty()) {
        String available = names.isEmpty() ? "`" + pipeline.name() + "` takes no parameters"
            : "parameters of `" + pipeline.name() + "`: " + String.join(", ", names);
        List<String> help = new ArrayList<>();
        NameSuggester.closest(name, names).ifPresent(n -> help.add("did you mean `" + n + "`?"));
        help.add(available);
        problems.add(new ParameterProblem("unknown parameter `" + name + "`", help));
      }
    }
    for (PipelineParameter p : pipeline.parameters()) {
      String text = given.get(p.name());
      if (text == null) {
        if (p.defaultValue().isPresent()) {
          values.put(p.name(), p.defaultValue().get());
        } else {
          problems.add(new ParameterProblem("missing value for parameter `" + p.name() + "` (" + p.type().display() + ")",
              List.of("pass it with `-p " + p.name() + "=" + example(p.type()) + "`")));
        }
        continue;
      }
      try {
        values.put(p.name(), parse(p.type(), text));
      } catch (IllegalArgumentException e) {
        problems.add(new ParameterProblem("invalid value `" + text + "` for parameter `" + p.name() + "`: expected "
            + describe(p.type()), List.of("for example `-p " + p.name() + "=" + example(p.type()) + "`")));
      }
    }
    return problems.isEmpty()
        ? new Result(Optional.of(new BoundParameters(pipeline.name(), values)), List.of())
        : new Result(Optional.empty(), problems);
  }

  /** Parses {@code text} as a value of {@code type}; {@link IllegalArgumentException} when it is not one. */
  public static Object parse(Type type, String text) {
    if (!(type instanceof Type.Scalar s)) {
      throw new IllegalArgumentException(type.display());
    }
    String t = text.trim();
    return switch (s) {
      case INT -> Integer.parseInt(t);
      case LONG -> Long.parseLong(t.endsWith("L") ? t.substring(0, t.length() - 1) : t);
      case DOUBLE -> parseDouble(t);
      case BOOL -> parseBool(t);
      case DATE -> parseDate(t);
      case STRING -> text;
      case PATH -> {
        if (t.isEmpty()) {
          throw new IllegalArgumentException("empty path");
        }
        yield text;
      }
      case NULL -> throw new IllegalArgumentException("null");
    };
  }

  private static double parseDouble(String t) {
    double d = Double.parseDouble(t);
    if (Double.isNaN(d) || Double.isInfinite(d) || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
      throw new IllegalArgumentException(t);
    }
    return d;
  }

  private static boolean parseBool(String t) {
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    throw new IllegalArgumentException(t);
  }

  private static LocalDate parseDate(String t) {
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(t, e);
    }
  }

  private static String describe(Type type) {
    if (type == Type.INT) {
      return "an int (a whole number from -2147483648 to 2147483647)";
    } else if (type == Type.LONG) {
      return "a long (a whole number)";
    } else if (type == Type.DOUBLE) {
      return "a double (a number such as 1.5 or 2e3)";
    } else if (type == Type.BOOL) {
      return "a bool (true or false)";
    } else if (type == Type.DATE) {
      return "a date (yyyy-MM-dd)";
    } else if (type == Type.PATH) {
      return "a path (a file, directory or glob; file:// or hdfs://)";
    }
    return type.display();
  }

  private static String example(Type type) {
    if (type == Type.INT || type == Type.LONG) {
      return "10";
    } else if (type == Type.DOUBLE) {
      return "0.5";
    } else if (type == Type.BOOL) {
      return "true";
    } else if (type == Type.DATE) {
      return "1980-01-01";
    } else if (type == Type.PATH) {
      return "data/input.txt";
    }
    return "text";
  }
}
