package dev.marvel.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code -p name=value} options shared by check, explain, compile and run (a picocli mixin).
 * It only splits the text; {@code ParameterBinder} checks names and parses values per type.
 */
public final class ParameterOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "Value of a pipeline parameter, e.g. -p input=data/in.txt (repeatable).")
  List<String> assignments = new ArrayList<>();

  public boolean isEmpty() {
    return assignments.isEmpty();
  }

  /**
   * The values by name, in the order given.
   *
   * @throws CommandLine.ParameterException for {@code -p} without {@code =} or a name given twice
   */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "-p expects NAME=VALUE, got '" + a + "'");
      }
      String name = a.substring(0, eq).trim();
      if (values.put(name, a.substring(eq + 1)) != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "parameter '" + name + "' is given twice with -p");
      }
    }
    return values;
  }
}
