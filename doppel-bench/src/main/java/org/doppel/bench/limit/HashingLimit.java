package org.doppel.bench.limit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.doppel.bench.corpus.CorpusReader;
import org.doppel.shingle.Shingler;
import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;

/**
 * The hashing limit: one reader thread parses the JSONL corpus into batches, worker threads (all
 * cores) tokenise each text and hash its 5-word shingles, and the hashes are folded into a checksum
 * so that nothing is optimised away. Nothing else happens: no sets, no sketches, no output. Two
 * tokenisers:
 *
 * <ul>
 *   <li>{@code plain}: letter-or-digit runs, lower-cased per char, hashed as they are scanned; no
 *       String per token. The machine's limit for this work.
 *   <li>{@code analyzer}: doppel's own front end, {@link TextAnalyzer} then {@link Shingler}: what
 *       doppel's pipeline pays before it sketches.
 * </ul>
 */
public final class HashingLimit {

  private static final int BATCH = 256;

  private HashingLimit() {}

  /** What one pass measured. */
  public record Result(
      String mode,
      int threads,
      long documents,
      long bytes,
      long shingles,
      double seconds,
      long checksum) {

    /** Megabytes (10^6 bytes of UTF-8 text) per second. */
    public double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  /** Runs one pass over {@code docs} with {@code threads} workers. */
  public static Result run(Path docs, String mode, int threads)
      throws IOException, InterruptedException {
    boolean analyzer =
        switch (mode) {
          case "plain" -> false;
          case "analyzer" -> true;
          default ->
              throw new IllegalArgumentException("mode must be plain or analyzer, got " + mode);
        };
    long t0 = System.nanoTime();
    BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(64);
    AtomicLong shingles = new AtomicLong();
    AtomicLong checksum = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    List<String> poison = List.of();
    for (int w = 0; w < threads; w++) {
      Thread t =
          new Thread(
              () -> {
                long n = 0;
                long sum = 0;
                long b = 0;
                long[] buf = new long[1 << 12];
                try {
                  while (true) {
                    List<String> batch = queue.take();
                    if (batch == poison) {
                      break;
                    }
                    for (String text : batch) {
                      b += utf8Length(text);
                      if (analyzer) {
                        AnalyzedText a = TextAnalyzer.defaults().analyze(text);
                        long[] h = Shingler.defaults().allShingles(a);
                        n += h.length;
                        for (long x : h) {
                          sum += x;
                        }
                      } else {
                        if (buf.length < text.length() + 1) {
                          buf = new long[text.length() + 1];
                        }
                        int c = PlainShingles.hash(text, 5, buf);
                        n += c;
                        for (int i = 0; i < c; i++) {
                          sum += buf[i];
                        }
                      }
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                shingles.addAndGet(n);
                checksum.addAndGet(sum);
                bytes.addAndGet(b);
              },
              "limit-" + w);
      t.start();
      workers.add(t);
    }
    List<List<String>> current = new ArrayList<>(List.of(new ArrayList<String>(BATCH)));
    long docsRead =
        CorpusReader.forEach(
            docs,
            (id, text) -> {
              current.get(0).add(text);
              if (current.get(0).size() == BATCH) {
                put(queue, current.get(0));
                current.set(0, new ArrayList<>(BATCH));
              }
            });
    put(queue, current.get(0));
    for (int w = 0; w < threads; w++) {
      put(queue, poison);
    }
    for (Thread t : workers) {
      t.join();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result(
        mode, threads, docsRead, bytes.get(), shingles.get(), seconds, checksum.get());
  }

  private static void put(BlockingQueue<List<String>> q, List<String> batch) {
    try {
      q.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** UTF-8 byte length without encoding. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Prints one result as a JSON line. */
  public static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "{\"mode\":\"%s\",\"threads\":%d,\"documents\":%d,\"bytes\":%d,\"shingles\":%d,"
            + "\"seconds\":%.3f,\"mbPerSecond\":%.1f,\"checksum\":%d}%n",
        r.mode(),
        r.threads(),
        r.documents(),
        r.bytes(),
        r.shingles(),
        r.seconds(),
        r.mbPerSecond(),
        r.checksum());
    out.flush();
  }
}
