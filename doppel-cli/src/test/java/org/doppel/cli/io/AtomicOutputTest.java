package org.doppel.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An atomic output's temporary file: moved into place, deleted, or left to {@link TempFiles}. */
class AtomicOutputTest {

  @TempDir Path tmp;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aCommitMovesTheTemporaryFileIntoPlaceAndForgetsIt() throws IOException {
    Path target = tmp.resolve("out.jsonl");
    try (AtomicOutput o = AtomicOutput.open(target)) {
      o.writer().write("line\n");
      Path temp = files().get(0);
      assertThat(temp.getFileName().toString()).startsWith(".out.jsonl.").endsWith(".tmp");
      assertThat(TempFiles.isRegistered(temp)).isTrue();
      assertThat(target).doesNotExist();
      o.commit();
      assertThat(TempFiles.isRegistered(temp)).isFalse();
    }
    assertThat(files()).containsExactly(target);
    assertThat(Files.readString(target)).isEqualTo("line\n");
    TempFiles.deleteAll();
    assertThat(target).hasContent("line");
  }

  @Test
  void closingWithoutACommitDeletesTheTemporaryFileAndLeavesAnEarlierOutput() throws IOException {
    Path target = Files.writeString(tmp.resolve("out.jsonl"), "earlier\n");
    Path temp;
    try (AtomicOutput o = AtomicOutput.open(target)) {
      o.writer().write("half");
      temp = files().stream().filter(p -> !p.equals(target)).findFirst().orElseThrow();
    }
    assertThat(TempFiles.isRegistered(temp)).isFalse();
    assertThat(files()).containsExactly(target);
    assertThat(Files.readString(target)).isEqualTo("earlier\n");
  }

  @Test
  void anInterruptedProcessDeletesWhatIsStillOpen() throws IOException {
    // what the shutdown hook (Ctrl-C, kill) and the out-of-memory handler do before the end
    Path target = tmp.resolve("pairs.jsonl");
    AtomicOutput o = AtomicOutput.open(target);
    o.writer().write("half-written");
    Path temp = files().get(0);
    assertThat(TempFiles.deleteAll()).isGreaterThanOrEqualTo(1);
    assertThat(files()).isEmpty();
    assertThat(TempFiles.isRegistered(temp)).isFalse();
    o.close(); // closing after the hook ran is harmless
    assertThat(files()).isEmpty();
  }

  @Test
  void aSymbolicLinkIsFollowedAndStays() throws IOException {
    Path real =
        Files.writeString(Files.createDirectories(tmp.resolve("real")).resolve("r.txt"), "old");
    Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), Path.of("real", "r.txt"));
    try (AtomicOutput o = AtomicOutput.open(link)) {
      o.writer().write("new");
      o.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
    assertThat(files()).containsExactly(link, tmp.resolve("real"));
  }

  @Test
  void aDanglingSymbolicLinkGetsTheFileItPointsTo() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), tmp.resolve("made.txt"));
    try (AtomicOutput o = AtomicOutput.open(link)) {
      o.writer().write("x");
      o.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(tmp.resolve("made.txt"))).isEqualTo("x");
  }

  @Test
  void aDeviceIsWrittenToInPlaceNotReplaced() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null device here");
    Path link = Files.createSymbolicLink(tmp.resolve("sink"), devNull);
    for (Path target : List.of(link, devNull)) {
      try (AtomicOutput o = AtomicOutput.open(target)) {
        o.writer().write("discarded");
        o.commit();
      }
    }
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(files()).containsExactly(link); // no temporary file beside either
    // closing without a commit deletes nothing either
    try (AtomicOutput o = AtomicOutput.open(link)) {
      o.writer().write("discarded");
    }
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void aNamedPipeIsWrittenThroughToItsReader() throws Exception {
    Path fifo = tmp.resolve("fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try (AtomicOutput o = AtomicOutput.open(fifo)) {
      o.writer().write("through the pipe\n");
      o.commit();
    }
    assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void anOutputUnderAFileIsRefusedNamingThatFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    Path target = file.resolve("sub").resolve("r.txt");
    assertThatThrownBy(() -> AtomicOutput.open(target))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessageContaining(target.toString())
        .hasMessageContaining("lies under " + file + ", which is a file");
    assertThat(files()).containsExactly(file);
  }
}
