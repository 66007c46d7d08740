package dev.marvel.samples.gen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data generators as a command, for {@code marvelc gen}:
 * <pre>
 * text DIR --size SIZE [--seed N] [--files N]
 * bdb  DIR (--size SIZE | --rankings ROWS --uservisits ROWS) [--seed N] [--files N]
 * </pre>
 * Exit codes: 0 done, 1 the files could not be written, 2 the command line is wrong.
 */
public final class Generate {

  public static final String USAGE = String.join("\n",
      "usage: gen text DIR --size SIZE [--seed N] [--files N]",
      "       gen bdb  DIR (--size SIZE | --rankings ROWS --uservisits ROWS) [--seed N] [--files N]",
      "  SIZE like 1048576, 64MiB, 1.5GiB or 10MB; --seed defaults to 42, --files to 4;",
      "  DIR must be missing or empty.");

  private static final long DEFAULT_SEED = 42;
  private static final int DEFAULT_FILES = 4;
  private static final Set<String> TEXT_OPTIONS = Set.of("--size", "--seed", "--files");
  private static final Set<String> BDB_OPTIONS =
      Set.of("--size", "--seed", "--files", "--rankings", "--uservisits");

  private Generate() {}

  /**
   * Runs one generator command; messages go to {@code out}, mistakes to {@code err}. Options
   * may come before or after {@code DIR}, as {@code --size 1MiB} or {@code --size=1MiB}.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    try {
      if (args.length == 0) {
        throw new IllegalArgumentException("expected `text` or `bdb` and a directory");
      }
      Set<String> known = switch (args[0]) {
        case "text" -> TEXT_OPTIONS;
        case "bdb" -> BDB_OPTIONS;
        default -> throw new IllegalArgumentException(
            "unknown data set `" + args[0] + "`; expected `text` or `bdb`");
      };
      List<String> positional = new ArrayList<>();
      Map<String, String> options = options(List.of(args).subList(1, args.length), known,
          positional);
      if (positional.size() != 1) {
        throw new IllegalArgumentException(positional.isEmpty()
            ? "expected the directory to write to"
            : "expected one directory, got " + String.join(" ", positional));
      }
      Path dir = Path.of(positional.get(0));
      if (args[0].equals("text")) {
        text(dir, options, out);
      } else {
        bdb(dir, options, out);
      }
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      err.flush();
      return 2;
    } catch (IOException e) {
      err.println("error: could not write the data: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static void text(Path dir, Map<String, String> options, PrintWriter out)
      throws IOException {
    if (!options.containsKey("--size")) {
      throw new IllegalArgumentException("`text` needs --size");
    }
    Generated text = TextCorpus.write(dir, ByteSize.parse(options.get("--size")), seed(options),
        files(options));
    out.println(summary("text", dir, text));
  }

  private static void bdb(Path dir, Map<String, String> options, PrintWriter out)
      throws IOException {
    boolean bySize = options.containsKey("--size");
    boolean byRows = options.containsKey("--rankings") || options.containsKey("--uservisits");
    if (bySize == byRows) {
      throw new IllegalArgumentException(
          "`bdb` needs either --size or both --rankings and --uservisits");
    }
    long rankings;
    long uservisits;
    if (bySize) {
      uservisits = BdbTables.uservisitsForBytes(ByteSize.parse(options.get("--size")));
      rankings = BdbTables.rankingsFor(uservisits);
    } else {
      if (!options.containsKey("--rankings") || !options.containsKey("--uservisits")) {
        throw new IllegalArgumentException("give both --rankings and --uservisits");
      }
      rankings = count(options, "--rankings");
      uservisits = count(options, "--uservisits");
    }
    BdbFiles tables = BdbTables.write(dir, rankings, uservisits, seed(options), files(options));
    out.println(summary("rankings", tables.rankingsDir(), tables.rankings()));
    out.println(summary("uservisits", tables.uservisitsDir(), tables.uservisits()));
  }

  private static String summary(String what, Path dir, Generated generated) {
    return String.format("%s: %d files, %d %s, %d bytes in %s", what, generated.files().size(),
        generated.records(), what.equals("text") ? "lines" : "rows", generated.bytes(), dir);
  }

  /** The {@code --name value} options of {@code args}; other arguments go to {@code positional}. */
  private static Map<String, String> options(List<String> args, Set<String> known,
      List<String> positional) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option `" + name + "`");
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new IllegalArgumentException("option `" + name + "` needs a value");
      }
      if (options.put(name, value) != null) {
        throw new IllegalArgumentException("option `" + name + "` is given twice");
      }
    }
    return options;
  }

  private static long seed(Map<String, String> options) {
    String seed = options.get("--seed");
    if (seed == null) {
      return DEFAULT_SEED;
    }
    try {
      return Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seed `" + seed + "` is not a whole number");
    }
  }

  private static int files(Map<String, String> options) {
    return options.containsKey("--files")
        ? (int) Math.min(count(options, "--files"), Integer.MAX_VALUE) : DEFAULT_FILES;
  }

  private static long count(Map<String, String> options, String name) {
    String value = options.get(name);
    try {
      long n = Long.parseLong(value);
      if (n >= 0 && n <= Integer.MAX_VALUE * 1024L) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with what a count looks like
    }
    throw new IllegalArgumentException(name + " `" + value + "` is not a count (0 or more)");
  }
}
