package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help texts as a whole: what every command's help must do. */
class CommandHelpTest {

  @Test
  void everyCommandListEntryIsOneWholeSentence() {
    // the command lists of `doppel --help` and `doppel eval --help` show the first line of each
    // subcommand's description alone, so that line must say what the command does by itself
    List<String> cut = new ArrayList<>();
    Deque<CommandLine> todo = new ArrayDeque<>(List.of(DoppelCommand.commandLine()));
    while (!todo.isEmpty()) {
      CommandLine c = todo.pop();
      todo.addAll(c.getSubcommands().values());
      String[] description = c.getCommandSpec().usageMessage().description();
      if (description.length > 0 && !description[0].endsWith(".")) {
        cut.add(c.getCommandName() + ": " + description[0]);
      }
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void theCommandListsShowEverySubcommand() {
    assertThat(CliRun.of("--help").out).contains("dedup", "compare", "text", "eval");
    assertThat(CliRun.of("eval", "--help").out)
        .contains("clusters    Score", "pan         Align", "extraction  Score");
  }
}
