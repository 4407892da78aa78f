package org.doppel.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
