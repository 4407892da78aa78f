package org.doppel.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doppel.cli.io.TempFiles;

/**
 * Running out of Java heap, reported as one line on stderr and {@link ExitCodes#OUT_OF_MEMORY}
 * instead of a stack trace (or, when a worker thread's own handler fails for want of memory, a
 * process that never exits). The message is built before the run, so reporting allocates nothing.
 */
final class OutOfMemory {

  private OutOfMemory() {}

  private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

  private static volatile byte[] message = new byte[0];

  /** Whether the line was printed: the main thread and a worker may both run out at once. */
  private static final AtomicBoolean REPORTED = new AtomicBoolean();

  /**
   * Builds the message for this JVM's maximum heap and makes an out-of-memory error in any thread
   * end the process (a worker that dies of one could otherwise leave the main thread waiting).
   */
  static void prepare() {
    message = message(Runtime.getRuntime().maxMemory()).getBytes(StandardCharsets.UTF_8);
    // links the atomic's VarHandle now: linking it first when the heap is full allocates, and an
    // error thrown from the handler below is printed by the JVM itself
    REPORTED.compareAndSet(true, true);
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof OutOfMemoryError) {
            try {
              report();
              TempFiles.deleteAll(); // halt runs no shutdown hooks
            } catch (Throwable t) {
              // still out of memory: the exit code matters more than the files
            } finally {
              Runtime.getRuntime().halt(ExitCodes.OUT_OF_MEMORY);
            }
          } else if (previous != null) {
            previous.uncaughtException(thread, e);
          } else {
            thread.getThreadGroup().uncaughtException(thread, e);
          }
        });
  }

  /** The line printed for a JVM whose heap may grow to {@code maxHeapBytes}. */
  static String message(long maxHeapBytes) {
    String heap =
        maxHeapBytes == Long.MAX_VALUE
            ? "no fixed maximum"
            : String.format(Locale.ROOT, "at most %d MiB", maxHeapBytes >> 20);
    return "doppel: out of memory: the Java heap ("
        + heap
        + ") is too small for this input; give it more, for example DOPPEL_JAVA_OPTS=-Xmx16g"
        + " ./doppel ... (the launcher's default is -Xmx8g) or java -Xmx16g -jar doppel.jar ...\n";
  }

  /** Prints the prepared line on stderr, once per process, and returns the exit code. */
  static int report() {
    if (REPORTED.compareAndSet(false, true)) {
      try {
        STDERR.write(message);
      } catch (IOException e) {
        // stderr is gone: the exit code still says it
      }
    }
    return ExitCodes.OUT_OF_MEMORY;
  }
}
