package org.doppel.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written to a temporary sibling and moved into place on {@link #commit()}; closing without
 * a commit deletes the temporary file, so a failed run leaves no half-written output.
 */
public final class AtomicOutput implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private AtomicOutput(Path target) throws IOException {
    this.target = target;
    if (Files.isDirectory(target)) {
      throw new FileSystemException(
          target.toString(), null, "is a directory; a file name is needed");
    }
    OutputStream stream;
    try {
      this.temp = create(target);
      stream = Files.newOutputStream(temp, StandardOpenOption.WRITE);
    } catch (FileSystemException e) {
      // named by the output asked for, not by the temporary file beside it
      throw new FileSystemException(target.toString(), null, TextFiles.reason(e));
    }
    this.writer =
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Creates the temporary file beside {@code target}: not with Files.createTempFile, which makes it
   * readable by its owner alone, but as any other output is created, so that the umask decides; a
   * file replaced passes on its own permissions.
   */
  private static Path create(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path t;
    for (int attempt = 0; ; attempt++) {
      t =
          dir.resolve(
              "."
                  + target.getFileName()
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        Files.newOutputStream(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        break;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(t, Files.getPosixFilePermissions(target));
      }
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system, or the target's permissions cannot be read: the defaults stay
    }
    return t;
  }

  /** Opens a temporary file beside {@code target}. */
  public static AtomicOutput open(Path target) throws IOException {
    return new AtomicOutput(target);
  }

  /** The writer of the temporary file. */
  public Writer writer() {
    return writer;
  }

  /** Flushes, closes and moves the temporary file onto the target. */
  public void commit() throws IOException {
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Deletes the temporary file unless committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      writer.close();
    } catch (IOException e) {
      // the file is deleted next; nothing to keep
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete temporary file " + temp, e);
    }
  }
}
