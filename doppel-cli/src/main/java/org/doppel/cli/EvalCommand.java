package org.doppel.cli;

import picocli.CommandLine.Command;

/** {@code doppel eval}: scores doppel's output against gold labels. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score doppel against labelled data.",
    subcommands = {
      EvalClustersCommand.class,
      EvalPanCommand.class,
      EvalPairsCommand.class,
      EvalExtractionCommand.class
    })
public final class EvalCommand {}
