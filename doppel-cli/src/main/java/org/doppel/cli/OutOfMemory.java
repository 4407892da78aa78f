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
   * Heap held back for the handler, let go as it starts: linking what it calls for the first time
   * allocates, and an error thrown from the handler is printed by the JVM itself.
   */
  private static volatile byte[] reserve = new byte[0];

  /**
   * Passed through the JVM's own path to the handler once, before the run, to link that path; no
   * stack trace, nothing to fill in.
   */
  private static final class WarmUp extends Throwable {
    private static final long serialVersionUID = 1L;

    WarmUp() {
      super("warm-up", null, false, false);
    }
  }

  private static final Runtime RUNTIME = Runtime.getRuntime();

  /**
   * Builds the message for this JVM's maximum heap and makes an out-of-memory error in any thread
   * end the process (a worker that dies of one could otherwise leave the main thread waiting).
   */
  static void prepare() {
    message = message(RUNTIME.maxMemory()).getBytes(StandardCharsets.UTF_8);
    reserve = new byte[RESERVE_BYTES];
    // links the atomic's VarHandle now: linking it first when the heap is full allocates
    REPORTED.compareAndSet(true, true);
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof OutOfMemoryError) {
            reserve = null;
            try {
              report();
              TempFiles.deleteAll(); // halt runs no shutdown hooks
            } catch (Throwable t) {
              // still out of memory: the exit code matters more than the files
            } finally {
              halt();
            }
          } else if (e instanceof WarmUp) {
            return;
          } else if (previous != null) {
            previous.uncaughtException(thread, e);
          } else {
            thread.getThreadGroup().uncaughtException(thread, e);
          }
        });
    // the path a worker's uncaught error takes (its thread group, then the handler), run once now
    Thread me = Thread.currentThread();
    me.getThreadGroup().uncaughtException(me, new WarmUp());
  }

  /** Bytes of {@link #reserve}. */
  private static final int RESERVE_BYTES = 256 << 10;

  /**
   * Ends the process with {@link ExitCodes#OUT_OF_MEMORY}. Calling {@link Runtime#halt} for the
   * first time links it, which may itself run out of memory while another thread still holds the
   * heap: it is tried again until it ends the process.
   */
  private static void halt() {
    while (true) {
      try {
        RUNTIME.halt(ExitCodes.OUT_OF_MEMORY);
      } catch (Throwable t) {
        // out of memory while linking halt: try again
      }
    }
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
