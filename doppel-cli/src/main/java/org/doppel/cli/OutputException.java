package org.doppel.cli;

import java.nio.file.FileSystemException;
import org.doppel.cli.io.TextFiles;

/** An output that could not be written; the CLI exits with {@link ExitCodes#OUTPUT}. */
public final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code target}. */
  public OutputException(String target, Throwable cause) {
    super(message(target, cause), cause);
  }

  /**
   * "cannot write FILE: why", naming the file that failed where the file system says which (an
   * output inside the {@code target} directory) and why in words, not as a bare path.
   */
  private static String message(String target, Throwable cause) {
    if (cause instanceof FileSystemException f) {
      return "cannot write "
          + (f.getFile() != null ? f.getFile() : target)
          + ": "
          + TextFiles.reason(f);
    }
    return "cannot write " + target + ": " + cause.getMessage();
  }
}
