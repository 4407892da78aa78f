package org.doppel.cli.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
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

  /**
   * Creates a new empty file {@code dir/PREFIX<random>SUFFIX} with {@code attributes} (or the
   * defaults) and returns it, registered before it exists, so that no moment passes in which the
   * process could end and leave it behind unknown.
   */
  public static Path create(Path dir, String prefix, String suffix, FileAttribute<?>... attributes)
      throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p =
          dir.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
      register(p);
      try {
        return Files.createFile(p, attributes);
      } catch (FileAlreadyExistsException e) {
        release(p); // another's file: not to be deleted
        if (attempt >= 100) {
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        release(p);
        throw e;
      }
    }
  }

  /**
   * Like {@link #create} in {@code java.io.tmpdir}, readable and writable by the owner alone where
   * the file system has POSIX permissions, as {@link Files#createTempFile} makes it.
   */
  public static Path createPrivate(String prefix, String suffix) throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return create(
          dir,
          prefix,
          suffix,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return create(dir, prefix, suffix);
  }

  /** Registers {@code temp}, to be deleted should the process end before {@link #release}. */
  static void register(Path temp) {
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
