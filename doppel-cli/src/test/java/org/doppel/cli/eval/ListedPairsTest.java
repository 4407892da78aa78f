package org.doppel.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GoldGroups#pairs}: the pairs a pairs.jsonl lists, exact copies standing for each other.
 */
class ListedPairsTest {

  @TempDir Path tmp;

  @Test
  void aPairListedForOneCopyCountsForEveryCopyAndNothingElse() throws IOException {
    Path file = tmp.resolve("pairs.jsonl");
    Files.writeString(
        file,
        """
        {"a":"src/x.txt","b":"susp/y.txt","relation":"identical"}
        {"a":"src/y.txt","b":"w.txt","relation":"identical"}
        {"a":"x.txt","b":"z.txt","relation":"partial"}
        {"a":"u.txt","b":"v.txt","relation":"version"}
        """);
    GoldGroups.ListedPairs listed = GoldGroups.pairs(file);
    assertThat(listed.lines()).isEqualTo(4);
    // x, y and w are one group of copies (y twice, as the last path segment names documents)
    assertThat(listed.lists("z.txt", "x.txt")).isTrue();
    assertThat(listed.lists("susp/y.txt", "z.txt")).isTrue();
    assertThat(listed.lists("w.txt", "z.txt")).isTrue();
    assertThat(listed.lists("x.txt", "w.txt")).isTrue();
    assertThat(listed.lists("v.txt", "u.txt")).isTrue();
    assertThat(listed.lists("u.txt", "z.txt")).isFalse();
    assertThat(listed.lists("u.txt", "x.txt")).isFalse();
    assertThat(listed.lists("q.txt", "z.txt")).isFalse();
  }
}
