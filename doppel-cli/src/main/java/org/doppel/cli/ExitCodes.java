package org.doppel.cli;

/** The exit codes of the {@code doppel} command, as documented in the README. */
public final class ExitCodes {

  private ExitCodes() {}

  /** Success. */
  public static final int OK = 0;

  /** An unexpected internal error (a bug: please report it with {@code --verbose} output). */
  public static final int INTERNAL = 1;

  /** Wrong command-line usage: unknown option, missing argument. */
  public static final int USAGE = 2;

  /** Bad input: missing or unreadable path, binary or non-UTF-8 file, malformed record. */
  public static final int BAD_INPUT = 3;

  /** An output could not be written (nothing half-written is left behind). */
  public static final int OUTPUT = 4;

  /** An evaluation ran but missed its quality target ({@code eval --min-...}). */
  public static final int BELOW_TARGET = 5;

  /** The Java heap was too small for the input (one line on stderr says how to give it more). */
  public static final int OUT_OF_MEMORY = 6;
}
