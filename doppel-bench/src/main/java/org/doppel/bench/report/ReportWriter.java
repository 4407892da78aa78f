package org.doppel.bench.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code BENCHMARKS.md} from a results directory. */
public final class ReportWriter {

  private ReportWriter() {}

  /** Reads {@code results} and writes the report to {@code out}. */
  public static void write(Path results, Path out) throws IOException {
    java.nio.file.Files.writeString(out, "pending " + results + "\n");
  }
}
