package org.doppel.cli.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.doppel.Compare;
import org.doppel.CompareResult;
import org.doppel.cli.io.TextFiles;
import org.doppel.cli.report.JsonReport;
import org.doppel.text.Document;

/**
 * Times {@code Compare.run} (and the JSON line) for one pair of files in one JVM, after a warm-up
 * round (two measured rounds are printed). Not a test: run it by hand, e.g. {@code java -cp
 * doppel-cli/target/doppel.jar:doppel-cli/target/test-classes org.doppel.cli.bench.CompareBench
 * a.txt b.txt 300}.
 */
public final class CompareBench {

  private CompareBench() {}

  /** Arguments: file A, file B, number of measured iterations (warm-up: the same number). */
  public static void main(String[] args) {
    Document a = Document.of(args[0], TextFiles.read(Path.of(args[0])));
    Document b = Document.of(args[1], TextFiles.read(Path.of(args[1])));
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        CompareResult r = Compare.run(a, b);
        sink += r.changes().size();
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += JsonReport.line(Compare.run(a, b)).length();
      }
      long t2 = System.nanoTime();
      if (round > 0) {
        System.out.printf(
            Locale.ROOT,
            "%d iterations: Compare.run %.2f ms/pair, Compare.run + JSON %.2f ms/pair (%d)%n",
            n,
            (t1 - t0) / 1e6 / n,
            (t2 - t1) / 1e6 / n,
            sink % 10);
      }
    }
  }
}
