package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.doppel.Dedup;
import org.doppel.DedupOptions;
import org.doppel.DedupResult;
import org.doppel.text.Document;
import org.junit.jupiter.api.Test;

/** Keeps the README's library example compiling and true; and its commands' help in step. */
class ReadmeExampleTest {

  @Test
  void libraryExampleRunsAsDocumented() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // --- begin README example (the body of the ```java block) ---
      DedupResult result =
          Dedup.run(
              DedupOptions.defaults().withKeep(DedupOptions.Keep.LONGEST),
              Stream.of(
                  Document.of(
                      "a", "The council approved the barrier on Tuesday after a long debate."),
                  Document.of(
                      "b", "The council approved the barrier on Tuesday after a long debate!"),
                  Document.of("c", "Ferry crews will strike next week over new rosters.")));
      for (DedupResult.Assignment a : result.documents()) {
        System.out.println(a.id() + " -> cluster " + a.cluster());
      }
      // --- end README example ---
    } finally {
      System.setOut(saved);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(String.format("a -> cluster 0%nb -> cluster 0%nc -> cluster 1%n"));
  }

  @Test
  void readmeExampleIsTheOneTested() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains("DedupOptions.defaults().withKeep(DedupOptions.Keep.LONGEST)")
        .contains("Document.of(\"c\", \"Ferry crews will strike next week over new rosters.\")")
        .contains("System.out.println(a.id() + \" -> cluster \" + a.cluster());");
  }

  @Test
  void everyDedupOptionIsDocumentedInTheReadmeOrItsHelp() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (String option :
        new String[] {
          "--out",
          "--unique",
          "--keep",
          "--pairs",
          "--id-field",
          "--text-field",
          "--date-field",
          "--skip-bad",
          "--max-doc-bytes",
          "--quiet",
          "--timings",
          "--threads",
          "--all-pairs",
          "--min-ari"
        }) {
      assertThat(readme).as(option).contains(option);
    }
    assertThat(CliRun.of("dedup", "--help").out).contains("--max-doc-bytes", "--all-pairs");
  }
}
