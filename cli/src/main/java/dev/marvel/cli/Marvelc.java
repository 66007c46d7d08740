package dev.marvel.cli;

import dev.marvel.diag.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code marvelc}: the one command users run. Each sub-command is its own class. */
@Command(
    name = "marvelc",
    mixinStandardHelpOptions = true,
    versionProvider = Marvelc.Version.class,
    description = "Compile and run Marvel dataflow pipelines (.mvl files) as serverless functions.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {"", "Run 'marvelc help COMMAND' for the options of one command."})
public final class Marvelc {

  /** Exit code for a command line that could not be understood. */
  public static final int USAGE = 2;

  /** The commands, in the order {@code --help} lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> c = new LinkedHashMap<>();
    c.put("check", CheckCommand::new);
    c.put("explain", ExplainCommand::new);
    c.put("compile", CompileCommand::new);
    c.put("run", RunCommand::new);
    c.put("fmt", FmtCommand::new);
    c.put("gen", GenCommand::new);
    c.put("serve", ServeCommand::new);
    c.put("deploy", DeployCommand::new);
    c.put("undeploy", UndeployCommand::new);
    c.put("invoke", InvokeCommand::new);
    c.put("status", StatusCommand::new);
    c.put("help", CommandLine.HelpCommand::new);
    return c;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs marvelc in-process; tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Marvelc::usageError);
    CommandLine gen = cli.getSubcommands().get("gen");
    if (gen != null) {
      // gen parses its own options (dev.marvel.samples.gen.Generate).
      gen.setUnmatchedOptionsArePositionalParams(true);
    }
    return cli.execute(args);
  }

  /**
   * The command line for {@code args}. picocli builds a command's model by reflection when the
   * command is added — about 0.15 s for all twelve, a fifth of a cached tiny {@code run}
   * (measured) — so a command named first gets only itself; anything else (no command, an
   * option, a typo, {@code help}) gets them all, for the listing and the did-you-mean.
   */
  private static CommandLine commandLine(String[] args) {
    Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
    // Created before picocli's own start, whose classes take a while to load and verify: a
    // command may begin work in the background meanwhile (run's FileSystemPreload).
    Object chosen = named == null ? null : named.get();
    CommandLine cli = new CommandLine(new Marvelc());
    if (chosen != null) {
      cli.addSubcommand(args[0], chosen);
    } else {
      COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    return cli;
  }

  /** Says what was wrong with the command line in one line, and where to look, instead of the full usage text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getCommandSpec().subcommands().size() > 0
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")
        && cmd.getParseResult() != null && !cmd.getParseResult().hasSubcommand()) {
      String unknown = u.getUnmatched().get(0);
      err.println("error: unknown command '" + unknown + "'");
      closestCommand(cmd, unknown)
          .ifPresent(near -> err.println("  = help: did you mean '" + near + "'?"));
      err.println("  = help: run '" + name + " --help' to see the commands");
      return USAGE;
    }
    err.println("error: " + e.getMessage());
    err.println("  = help: run '" + name + " --help' for usage");
    return USAGE;
  }

  private static Optional<String> closestCommand(CommandLine cmd, String typed) {
    return cmd.getSubcommands().keySet().stream()
        .filter(name -> EditDistance.between(name, typed) <= Math.max(1, typed.length() / 3))
        .min(Comparator.comparingInt((String name) -> EditDistance.between(name, typed)).thenComparing(name -> name));
  }

  /** The version stamped into the jar at build time. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Marvelc.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "marvelc " + p.getProperty("version", "unknown"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
      };
    }
  }
}
