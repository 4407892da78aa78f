package org.doppel.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether this process talks to a person at a terminal (for progress bars and colour). */
public final class Terminal {

  private Terminal() {}

  /**
   * True when standard input and output are a terminal. On JDK 22 and newer {@code
   * System.console()} is never null, so {@code Console.isTerminal()} is asked as well.
   */
  @SuppressWarnings("SystemConsoleNull") // checked with isTerminal() where it exists
  public static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17 to 21: a non-null console is a terminal
    }
  }
}
