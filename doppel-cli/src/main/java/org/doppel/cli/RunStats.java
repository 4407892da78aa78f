package org.doppel.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Wall time and peak memory of this process, for the summaries the commands print. */
final class RunStats {

  private final long started = System.nanoTime();

  /** Seconds since this object was created. */
  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  /**
   * Peak resident memory of the process in MiB (Linux VmHWM), or the peak of the Java heap pools
   * where /proc is not available.
   */
  static double peakMemoryMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).replace("kB", "").trim();
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall back to the heap pools
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }
}
