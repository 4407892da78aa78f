package org.doppel;

/**
 * Input that doppel cannot use: a file that is not text, a malformed record, a missing field, a
 * duplicate id. Carries where the problem is, so that the message names the file, line and field.
 */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String field;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file, directory or stream ({@code -} for standard input)
   * @param line the 1-based line number, or 0 when not line-based
   * @param field the record field at fault, or {@code null}
   * @param problem what is wrong, in a few words
   */
  public BadInputException(String source, long line, String field, String problem) {
    super(format(source, line, field, problem));
    this.source = source;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  /** Creates the exception with a cause. */
  public BadInputException(
      String source, long line, String field, String problem, Throwable cause) {
    this(source, line, field, problem);
    initCause(cause);
  }

  /** The file, directory or stream at fault. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 when not line-based. */
  public long line() {
    return line;
  }

  /** The record field at fault, or {@code null}. */
  public String field() {
    return field;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  private static String format(String source, long line, String field, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
    }
    if (field != null) {
      sb.append(": field '").append(field).append('\'');
    }
    return sb.append(": ").append(problem).toString();
  }
}
