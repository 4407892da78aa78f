package org.doppel.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.doppel.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code doppel} command: finds copies and versions of texts, and explains them. */
@Command(
    name = "doppel",
    mixinStandardHelpOptions = true,
    versionProvider = DoppelCommand.Version.class,
    description = "Text reuse for news and web text: copies, versions, shared passages, changes.",
    subcommands = {
      DedupCommand.class,
      CompareCommand.class,
      TextCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad input, 4 output not written,",
      "5 evaluation below its target, 6 out of memory."
    })
public final class DoppelCommand {

  @Option(
      names = "--verbose",
      description = "Print stack traces for errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  /**
   * Runs the command line and exits with its code; running out of Java heap, here or in any other
   * thread, ends the process with one line on stderr and {@link ExitCodes#OUT_OF_MEMORY}.
   */
  public static void main(String[] args) {
    OutOfMemory.prepare();
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      code = OutOfMemory.report();
    }
    System.exit(code);
  }

  /** A configured command line, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new DoppelCommand());
    cl.setExecutionExceptionHandler(DoppelCommand::handle);
    cl.setParameterExceptionHandler(DoppelCommand::usageError);
    setVersion(cl, new Version());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** Gives every subcommand the top command's version, so that {@code doppel dedup -V} says it. */
  private static void setVersion(CommandLine cl, CommandLine.IVersionProvider version) {
    cl.getCommandSpec().versionProvider(version);
    for (CommandLine sub : cl.getSubcommands().values()) {
      setVersion(sub, version);
    }
  }

  /**
   * A usage error: the message, a suggestion for a mistyped option and where to find the help, not
   * the whole help page (which hides the message on a terminal).
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("doppel: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean verbose = false;
    // --verbose is inherited: it may come before the subcommand or after it
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      verbose |= p.hasMatchedOption("--verbose");
    }
    int code;
    if (e instanceof BadInputException) {
      err.println("doppel: bad input: " + e.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else if (e instanceof OutputException || e instanceof UncheckedIOException) {
      err.println("doppel: " + e.getMessage());
      code = ExitCodes.OUTPUT;
    } else {
      err.println("doppel: internal error: " + e);
      code = ExitCodes.INTERNAL;
      verbose = true;
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DoppelCommand.class.getPackage().getImplementationVersion();
      return new String[] {"doppel " + (v == null ? "development build" : v)};
    }
  }
}
