package org.doppel.cli;

/** An output that could not be written; the CLI exits with {@link ExitCodes#OUTPUT}. */
public final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code target}. */
  public OutputException(String target, Throwable cause) {
    super("cannot write " + target + ": " + cause.getMessage(), cause);
  }
}
