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
 *
 * <p>A symbolic link is followed: the file it points to is replaced, the link stays. A target that
 * is neither a regular file nor a directory (a device such as {@code /dev/null} or {@code
 * /dev/stdout}, a named pipe, the {@code /dev/fd/N} of a shell's process substitution) is written
 * to directly, as it cannot be replaced without destroying it: what reaches it before a failure
 * stays written.
 */
public final class AtomicOutput implements AutoCloseable {

  private final Path target;

  /** The temporary file, or null when the target is written to directly. */
  private final Path temp;

  private final Writer writer;
  private boolean committed;

  private AtomicOutput(Path asked) throws IOException {
    if (Files.isDirectory(asked)) {
      throw new FileSystemException(
          asked.toString(), null, "is a directory; a file name is needed");
    }
    if (Files.exists(asked) && !Files.isRegularFile(asked)) {
      // a device, a pipe or a socket: written in place (a move would put a file where it was)
      this.target = asked;
      this.temp = null;
      OutputStream stream;
      try {
        stream = Files.newOutputStream(asked);
      } catch (FileSystemException e) {
        throw new FileSystemException(asked.toString(), null, TextFiles.reason(e));
      }
      this.writer =
          new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      return;
    }
    Path target = linkTarget(asked);
    this.target = target;
    // not Files.createTempFile, which makes the file readable by its owner alone: created as any
    // other output is, so that the umask decides, and a file replaced passes on its permissions
    Path t;
    OutputStream stream;
    try {
      Path dir = target.toAbsolutePath().getParent();
      for (Path p = dir; p != null; p = p.getParent()) {
        if (Files.exists(p) && !Files.isDirectory(p)) {
          throw new FileSystemException(
              asked.toString(), null, "it lies under " + p + ", which is a file");
        }
      }
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
      throw new FileSystemException(asked.toString(), null, TextFiles.reason(e));
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

  /**
   * The file that {@code path} names once symbolic links are followed: {@code path} itself when it
   * is no link; the file a link points to, existing or not (a dangling link's target is created).
   */
  private static Path linkTarget(Path path) throws IOException {
    Path p = path;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == 40) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      Path to = Files.readSymbolicLink(p);
      Path parent = p.toAbsolutePath().getParent();
      p = parent == null ? to : parent.resolve(to);
    }
    return p;
  }

  /** Opens a temporary file beside {@code target} (beside the file a symbolic link points to). */
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
    if (temp == null) {
      committed = true;
      return;
    }
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
    if (temp == null) {
      return; // written in place: nothing to delete
    }
    try {
      Files.deleteIfExists(temp);
      TempFiles.release(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete temporary file " + temp, e);
    }
  }
}
