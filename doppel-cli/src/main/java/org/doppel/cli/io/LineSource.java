package org.doppel.cli.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, one at a time, as bytes (a line break is {@code \n}, a {@code \r}
 * before it is dropped): how JSONL inputs and evaluation files are read without holding the whole
 * file. Counts the lines it gives, for messages that name them.
 */
final class LineSource {
  private final InputStream in;

  /** The stream's name in messages. */
  final String name;

  /** Lines given so far: the number of the last one. */
  long line;

  /** Whether the last line was longer than asked for, and cut. */
  boolean lineTruncated;

  private final byte[] block = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] buf = new byte[1 << 12];

  /** Reads {@code in}, named {@code name}; the stream is closed once it has given its last line. */
  LineSource(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  /**
   * The next line, at most {@code max} bytes of it ({@link #lineTruncated} says whether more were
   * cut), or null after the last one.
   */
  byte[] next(int max) throws IOException {
    int n = 0;
    lineTruncated = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (!any) {
            in.close();
            return null;
          }
          break;
        }
      }
      any = true;
      int i = pos;
      while (i < limit && block[i] != '\n') {
        i++;
      }
      int len = i - pos;
      int room = max - n;
      int take = Math.min(len, Math.max(0, room));
      if (take < len) {
        lineTruncated = true;
      }
      if (n + take > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(n + take, Math.min(max, buf.length * 2)));
      }
      System.arraycopy(block, pos, buf, n, take);
      n += take;
      pos = i;
      if (i < limit) {
        pos++; // the newline
        break;
      }
    }
    line++;
    if (n > 0 && buf[n - 1] == '\r') {
      n--;
    }
    return java.util.Arrays.copyOf(buf, n);
  }

  private boolean fill() throws IOException {
    int r = in.read(block, 0, block.length);
    if (r <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = r;
    return true;
  }
}
