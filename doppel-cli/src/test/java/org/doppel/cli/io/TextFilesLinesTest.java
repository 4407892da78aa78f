package org.doppel.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.doppel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TextFiles#forEachLine}: a text file a line at a time, checked as a whole read is. */
class TextFilesLinesTest {

  @TempDir Path tmp;

  private static List<String> lines(Path file) {
    List<String> out = new ArrayList<>();
    TextFiles.forEachLine(file, (n, text) -> out.add(n + ":" + text));
    return out;
  }

  @Test
  void linesComeNumberedWithoutBreaksMarkOrCarriageReturns() throws IOException {
    Path f = tmp.resolve("a.jsonl");
    Files.write(
        f, "\uFEFFfirst caf\u00e9\r\n\nthird\nlast without break".getBytes(StandardCharsets.UTF_8));
    assertThat(lines(f))
        .containsExactly("1:first caf\u00e9", "2:", "3:third", "4:last without break");
    Files.write(f, new byte[0]);
    assertThat(lines(f)).isEmpty();
  }

  @Test
  void aGzippedFileIsReadAsItsContent() throws IOException {
    Path f = tmp.resolve("a.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(lines(f)).containsExactly("1:one", "2:two");
    byte[] whole = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(whole, whole.length - 10));
    assertThatThrownBy(() -> lines(f))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("broken gzip stream");
  }

  @Test
  void badBytesAreNamedByLineAndOffset() throws IOException {
    Path f = tmp.resolve("bad.jsonl");
    Files.write(f, new byte[] {'o', 'k', '\n', 'a', 'b', (byte) 0x92, 'c', '\n'});
    assertThatThrownBy(() -> lines(f))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(
            "bad.jsonl:2: not UTF-8: invalid byte 0x92 at byte offset 2 of the line");
    Files.write(f, new byte[] {'o', 'k', '\n', 'a', 0, 'b', '\n'});
    assertThatThrownBy(() -> lines(f))
        .hasMessageContaining("bad.jsonl:2: binary file (NUL byte at byte offset 1 of the line)");
    Files.write(f, "\uFEFF{\"id\": 1}\n".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> lines(f)).hasMessageContaining("bad.jsonl:1: UTF-16");
    Files.write(f, "{\"id\": 1, \"x\": 2}".getBytes(StandardCharsets.UTF_16BE));
    assertThatThrownBy(() -> lines(f))
        .hasMessageContaining("bad.jsonl:1:")
        .hasMessageContaining("utf-16be");
  }

  @Test
  void aMissingFileOrADirectoryIsBadInput() {
    assertThatThrownBy(() -> lines(tmp.resolve("none.jsonl")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("none.jsonl: no such file");
    assertThatThrownBy(() -> lines(tmp)).hasMessageContaining("is a directory");
  }
}
