package org.doppel.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files created already registered, and released when they cannot be created. */
class TempFilesTest {

  @TempDir Path tmp;

  @Test
  void aCreatedFileExistsIsEmptyAndIsRegisteredUntilReleased() throws IOException {
    Path p = TempFiles.create(tmp, ".out.", ".tmp");
    assertThat(p.getParent()).isEqualTo(tmp);
    assertThat(p.getFileName().toString()).startsWith(".out.").endsWith(".tmp");
    assertThat(p).exists().isEmptyFile();
    assertThat(TempFiles.isRegistered(p)).isTrue();
    TempFiles.release(p);
    assertThat(TempFiles.isRegistered(p)).isFalse();
    TempFiles.deleteAll();
    assertThat(p).exists(); // released: no longer the registry's to delete
  }

  @Test
  void twoCreationsGetTwoFiles() throws IOException {
    Path a = TempFiles.create(tmp, "x-", ".tmp");
    Path b = TempFiles.create(tmp, "x-", ".tmp");
    assertThat(a).isNotEqualTo(b);
    assertThat(TempFiles.deleteAll()).isGreaterThanOrEqualTo(2);
    assertThat(a).doesNotExist();
    assertThat(b).doesNotExist();
  }

  @Test
  void aFileThatCannotBeCreatedIsNotLeftRegistered() {
    Path missing = tmp.resolve("no-such-directory");
    assertThatThrownBy(() -> TempFiles.create(missing, "x-", ".tmp"))
        .isInstanceOf(NoSuchFileException.class);
    // nothing under the missing directory is still registered (a later deleteAll deletes none)
    assertThat(TempFiles.deleteAll()).isZero();
  }

  @Test
  void aPrivateFileIsReadableByItsOwnerAlone() throws IOException {
    Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
    Path p = TempFiles.createPrivate("doppel-test-", ".tmp");
    try {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
          .isEqualTo("rw-------");
      assertThat(TempFiles.isRegistered(p)).isTrue();
    } finally {
      Files.deleteIfExists(p);
      TempFiles.release(p);
    }
  }
}
