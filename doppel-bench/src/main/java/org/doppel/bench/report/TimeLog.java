package org.doppel.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code /usr/bin/time -v} measured for one process.
 *
 * @param wallSeconds elapsed wall-clock time
 * @param cpuSeconds user plus system CPU time
 * @param maxRssKb peak resident set size in KiB
 * @param exitStatus the process's exit status as time saw it
 */
public record TimeLog(double wallSeconds, double cpuSeconds, long maxRssKb, int exitStatus) {

  /** Parses a {@code time -v} output file. */
  public static TimeLog read(Path file) throws IOException {
    double wall = Double.NaN;
    double user = 0;
    double sys = 0;
    long rss = 0;
    int exit = -1;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      int colon = l.lastIndexOf(": ");
      if (colon < 0) {
        continue;
      }
      String value = l.substring(colon + 2).strip();
      if (l.startsWith("Elapsed (wall clock) time")) {
        wall = clock(value);
      } else if (l.startsWith("User time")) {
        user = Double.parseDouble(value);
      } else if (l.startsWith("System time")) {
        sys = Double.parseDouble(value);
      } else if (l.startsWith("Maximum resident set size")) {
        rss = Long.parseLong(value);
      } else if (l.startsWith("Exit status")) {
        exit = Integer.parseInt(value);
      }
    }
    return new TimeLog(wall, user + sys, rss, exit);
  }

  /** Parses h:mm:ss or m:ss.cc. */
  static double clock(String v) {
    String[] parts = v.split(":", -1);
    double s = 0;
    for (String p : parts) {
      s = s * 60 + Double.parseDouble(p);
    }
    return s;
  }
}
