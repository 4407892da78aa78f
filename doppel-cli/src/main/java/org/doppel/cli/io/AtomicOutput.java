package org.doppel.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written to a temporary sibling and moved into place on {@link #commit()}; closing without
 * a commit deletes the temporary file, so a failed run leaves no half-written output. The temporary
 * file is registered with {@link TempFiles}, which deletes it should the process be interrupted or
 * run out of memory before either.
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
    // not Files.createTempFile, which makes the file readable by its owner alone: created as any
    // other output is, so that the umask decides, and a file replaced passes on its permissions
    Path t;
    OutputStream stream;
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      t = TempFiles.create(dir, "." + target.getFileName() + ".", ".tmp");
      try {
        stream = Files.newOutputStream(t);
      } catch (IOException e) {
        Files.deleteIfExists(t);
        TempFiles.release(t);
        throw e;
      }
    } catch (FileSystemException e) {
      // named by the output asked for, not by the temporary file beside it
      throw new FileSystemException(target.toString(), null, TextFiles.reason(e));
    }
    this.temp = t;
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system, or the target's permissions cannot be read: the defaults stay
    }
    this.writer =
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
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
    TempFiles.release(temp);
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
      TempFiles.release(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete temporary file " + temp, e);
    }
  }
}
