package org.doppel.cli.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The temporary files of this process that are not yet moved into place or deleted (the sibling
 * files of {@link AtomicOutput}, the copy of standard input that {@code dedup --unique} reads
 * twice), deleted when the process ends before it could do so itself: on Ctrl-C or {@code kill}
 * (through a shutdown hook) and on running out of memory ({@link #deleteAll}, called before the
 * process halts). So an interrupted run leaves neither half-written outputs nor a stray copy of its
 * input behind. Thread-safe.
 */
public final class TempFiles {

  private TempFiles() {}

  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private static final AtomicBoolean HOOKED = new AtomicBoolean();

  /** Registers {@code temp}, to be deleted should the process end before {@link #release}. */
  public static void register(Path temp) {
    if (HOOKED.compareAndSet(false, true)) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(TempFiles::deleteAll, "doppel-delete-temporary-files"));
    }
    OPEN.add(temp.toAbsolutePath());
  }

  /** Forgets {@code temp}: it was moved into place or deleted. */
  public static void release(Path temp) {
    OPEN.remove(temp.toAbsolutePath());
  }

  /** Whether {@code temp} is registered and not yet released. */
  static boolean isRegistered(Path temp) {
    return OPEN.contains(temp.toAbsolutePath());
  }

  /**
   * Deletes every registered file, as far as it can (a file that cannot be deleted is left), and
   * returns the number deleted. For the end of the process: a writer still open on one of them
   * writes on into an unlinked file.
   */
  public static int deleteAll() {
    int deleted = 0;
    List<Path> files = new ArrayList<>(OPEN);
    for (Path p : files) {
      try {
        if (Files.deleteIfExists(p)) {
          deleted++;
        }
      } catch (IOException | RuntimeException e) {
        // left behind: the process is ending and has nowhere to say so
      }
      OPEN.remove(p);
    }
    return deleted;
  }
}
