package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doppel.align.Passage;
import org.doppel.diff.Change;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Document;
import org.doppel.text.Span;
import org.doppel.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * What must hold for every comparison, checked on real text pairs from {@code ../shared/data}
 * (skipped where the data is absent): {@code compare(B, A)} is the mirror of {@code compare(A, B)}
 * (passages, and changes with their word edits); every paragraph of both texts is in exactly one
 * change; no two passages overlap on both sides (shared text is reported once).
 */
class CompareOnSharedDataTest {

  private static Path sharedData() {
    return Path.of(System.getProperty("doppel.shared.data", "../../shared/data"));
  }

  @Test
  void consecutiveWikipediaRevisionsMirrorAndCoverEveryParagraph() throws IOException {
    Path set = sharedData().resolve("wikipedia-versions/version_documents");
    assumeTrue(Files.isDirectory(set), "skipped: " + set + " is missing");
    List<Path[]> pairs = new ArrayList<>();
    try (Stream<Path> articles = Files.list(set)) {
      for (Path article : articles.sorted().toList()) {
        for (int i = 0; Files.exists(article.resolve((i + 1) + ".txt")); i++) {
          pairs.add(new Path[] {article.resolve(i + ".txt"), article.resolve((i + 1) + ".txt")});
        }
      }
    }
    assertThat(pairs).hasSizeGreaterThan(2000); // 2,059 in the published set
    List<String> problems = new ArrayList<>();
    for (Path[] pair : pairs) {
      check(pair, problems);
    }
    assertThat(problems).as("%d of %d pairs", problems.size(), pairs.size()).isEmpty();
  }

  @Test
  void panPairsMirrorCoverEveryParagraphAndReportSharedTextOnce() throws IOException {
    Path set = sharedData().resolve("pan13-text-alignment/train");
    assumeTrue(Files.isRegularFile(set.resolve("pairs")), "skipped: " + set + " is missing");
    List<String> lines = Files.readAllLines(set.resolve("pairs"), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (int k = 0; k < lines.size(); k += 3) { // every 3rd pair: all categories, a few seconds
      String line = lines.get(k).trim();
      int space = line.indexOf(' ');
      Path[] pair = {
        set.resolve("susp").resolve(line.substring(0, space)),
        set.resolve("src").resolve(line.substring(space + 1).trim())
      };
      check(pair, problems);
      checked++;
    }
    assertThat(checked).isGreaterThan(1700);
    assertThat(problems).as("%d of %d pairs", problems.size(), checked).isEmpty();
  }

  private static void check(Path[] pair, List<String> problems) throws IOException {
    String a = Files.readString(pair[0], StandardCharsets.UTF_8);
    String b = Files.readString(pair[1], StandardCharsets.UTF_8);
    String name = pair[0].getParent().getFileName() + "/" + pair[0].getFileName();
    CompareResult r = Compare.run(Document.of("a", a), Document.of("b", b));
    CompareResult m = Compare.run(Document.of("b", b), Document.of("a", a));
    Set<String> changes = r.changes().stream().map(c -> key(c)).collect(Collectors.toSet());
    Set<String> mirrored =
        m.changes().stream().map(c -> key(c.mirror())).collect(Collectors.toSet());
    if (!changes.equals(mirrored)) {
      problems.add(name + ": the changes do not mirror");
    }
    Set<Passage> passages = new HashSet<>(r.passages());
    Set<Passage> back = m.passages().stream().map(Passage::mirror).collect(Collectors.toSet());
    if (!passages.equals(back)) {
      problems.add(name + ": the passages do not mirror: " + passages + " against " + back);
    }
    List<Passage> ps = r.passages();
    for (int i = 0; i < ps.size(); i++) {
      for (int j = i + 1; j < ps.size(); j++) {
        if (overlap(ps.get(i).a(), ps.get(j).a()) && overlap(ps.get(i).b(), ps.get(j).b())) {
          problems.add(name + ": passages overlap on both sides: " + ps.get(i) + ", " + ps.get(j));
        }
      }
    }
    cover(name + " A", TextAnalyzer.defaults().analyze(a), r, true, problems);
    cover(name + " B", TextAnalyzer.defaults().analyze(b), r, false, problems);
  }

  /** A change's type, spans and word edits: what the mirror check compares. */
  private static String key(Change c) {
    return c.type() + " " + c.a() + " " + c.b() + " " + c.edits();
  }

  /** Every paragraph of one side lies inside exactly one change's span on that side. */
  private static void cover(
      String side, AnalyzedText t, CompareResult r, boolean isA, List<String> problems) {
    List<Span> spans =
        r.changes().stream().map(c -> isA ? c.a() : c.b()).filter(Objects::nonNull).toList();
    int[] covered = new int[t.paragraphCount()];
    for (Span s : spans) {
      for (int p = 0; p < t.paragraphCount(); p++) {
        Span q = t.paragraphSpan(p);
        if (q.start() >= s.start() && q.end() <= s.end()) {
          covered[p]++;
        }
      }
    }
    for (int p = 0; p < covered.length; p++) {
      if (covered[p] != 1) {
        problems.add(side + ": paragraph " + p + " is in " + covered[p] + " changes");
        return;
      }
    }
  }

  private static boolean overlap(Span x, Span y) {
    return x.start() < y.end() && y.start() < x.end();
  }
}
