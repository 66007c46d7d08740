package dev.marvel.cli;

import dev.marvel.diag.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
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
    subcommands = {
      CheckCommand.class, ExplainCommand.class, CompileCommand.class, RunCommand.class, FmtCommand.class,
      GenCommand.class, ServeCommand.class, DeployCommand.class, UndeployCommand.class, InvokeCommand.class,
      StatusCommand.class, CommandLine.HelpCommand.class
    },
    footer = {"", "Run 'marvelc help COMMAND' for the options of one command."})
public final class Marvelc {

  /** Exit code for a command line that could not be understood. */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs marvelc in-process; tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Marvelc());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Marvelc::usageError);
    // gen parses its own options (dev.marvel.samples.gen.Generate).
    cli.getSubcommands().get("gen").setUnmatchedOptionsArePositionalParams(true);
    return cli.execute(args);
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
