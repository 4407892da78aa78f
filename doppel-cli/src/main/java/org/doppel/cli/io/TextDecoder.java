package org.doppel.cli.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.doppel.BadInputException;

/** Strict UTF-8 decoding of whole inputs: BOM removed, NUL bytes and invalid bytes rejected. */
public final class TextDecoder {

  /** Eight bytes of a byte array as one little-endian long (also for {@link DocumentReader}). */
  static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private TextDecoder() {}

  /**
   * Decodes {@code bytes[0, length)} as UTF-8.
   *
   * @param source names the input in error messages
   * @throws BadInputException for a binary file (a NUL byte), UTF-16 text (named by its byte-order
   *     mark, or by the NUL bytes between its characters) or bytes that are not UTF-8
   */
  public static String decode(byte[] bytes, int length, String source) {
    return decode(bytes, length, source, false);
  }

  /**
   * Like {@link #decode(byte[], int, String)}; with {@code allowNul}, NUL characters are kept as
   * text (some research corpora hold stray NULs in otherwise plain text).
   */
  public static String decode(byte[] bytes, int length, String source, boolean allowNul) {
    if (isUtf16(bytes, length)) {
      throw new BadInputException(
          source,
          1,
          null,
          String.format(
              java.util.Locale.ROOT,
              "UTF-16 text (byte-order mark %02X %02X), not UTF-8 (convert it, e.g. iconv -f"
                  + " utf-16 -t utf-8)",
              bytes[0] & 0xFF,
              bytes[1] & 0xFF));
    }
    String unmarked = utf16WithoutMark(bytes, 0, length);
    if (unmarked != null) {
      throw new BadInputException(source, 1, null, utf16Message(unmarked));
    }
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b == 0 && !allowNul) {
        throw new BadInputException(
            source, lineAt(bytes, i), null, "binary file (NUL byte at byte offset " + i + ")");
      }
      ascii &= b >= 0;
    }
    if (ascii) {
      return new String(bytes, 0, length, StandardCharsets.US_ASCII);
    }
    int start =
        length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      throw new BadInputException(
          source,
          lineAt(bytes, at),
          null,
          String.format(
              java.util.Locale.ROOT,
              "not UTF-8: invalid byte 0x%02X at byte offset %d (convert the file to UTF-8,"
                  + " e.g. iconv -f windows-1252 -t utf-8)",
              bytes[at] & 0xFF,
              at));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * The offset of the first byte in {@code bytes[from, to)} that is not part of well-formed UTF-8
   * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short), or
   * -1 when all of it is well formed. Decodes nothing: for checking bytes that another parser
   * decodes, such as a JSONL line, which Jackson decodes leniently.
   */
  public static int firstInvalidUtf8(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      // eight ASCII bytes at a time: most text is ASCII between its other characters
      while (i + 8 <= to && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int need;
      int min2;
      int max2 = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        min2 = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        min2 = b == 0xE0 ? 0xA0 : 0x80; // E0: no overlong forms
        if (b == 0xED) {
          max2 = 0x9F; // ED: no surrogates
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        min2 = b == 0xF0 ? 0x90 : 0x80; // F0: no overlong forms
        if (b == 0xF4) {
          max2 = 0x8F; // F4: nothing above U+10FFFF
        }
      } else {
        return i; // a continuation byte, C0, C1 or F5..FF
      }
      if (i + need >= to) {
        return i; // cut short: fewer than need bytes follow
      }
      int b2 = bytes[i + 1] & 0xFF;
      if (b2 < min2 || b2 > max2) {
        return i;
      }
      for (int k = 2; k <= need; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += need + 1;
    }
    return -1;
  }

  /**
   * Whether {@code bytes[from, to)}, which hold no byte-order mark, look like UTF-16: in their
   * first 256 two-byte units, at least 40% have a NUL byte in one half and almost none in the other
   * (text in Latin letters, digits and punctuation, which every other encoding writes without
   * NULs).
   *
   * @return {@code "utf-16le"} or {@code "utf-16be"} by which half the NULs are in, or null
   */
  public static String utf16WithoutMark(byte[] bytes, int from, int to) {
    int units = Math.min(256, (to - from) / 2);
    if (units < 2) {
      return null;
    }
    int nulFirst = 0;
    int nulSecond = 0;
    for (int u = 0; u < units; u++) {
      boolean first = bytes[from + 2 * u] == 0;
      boolean second = bytes[from + 2 * u + 1] == 0;
      if (first && !second) {
        nulFirst++;
      } else if (second && !first) {
        nulSecond++;
      }
    }
    int most = Math.max(nulFirst, nulSecond);
    int least = Math.min(nulFirst, nulSecond);
    if (most * 10 < units * 4 || least * 50 > units) {
      return null;
    }
    return nulSecond > nulFirst ? "utf-16le" : "utf-16be";
  }

  /** The message for UTF-16 text without a byte-order mark, in the given encoding. */
  public static String utf16Message(String encoding) {
    return "UTF-16 text (a NUL byte between the characters, no byte-order mark), not UTF-8 (convert"
        + " it, e.g. iconv -f "
        + encoding
        + " -t utf-8)";
  }

  /** Whether the bytes begin with a UTF-16 byte-order mark (little- or big-endian). */
  public static boolean isUtf16(byte[] bytes, int length) {
    return length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
  }

  private static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The text of bytes that strict decoding refused ({@code notText}), decoded in {@code fallback}
   * when they are text in another encoding: not UTF-16, no NUL byte, and not UTF-8. Anything else,
   * or a null {@code fallback}, throws {@code notText} again; without a fallback, a file that is
   * such text gets a message that names {@code --fallback-charset}.
   */
  public static String inFallbackCharset(
      byte[] bytes, int length, java.nio.charset.Charset fallback, BadInputException notText) {
    if (isUtf16(bytes, length)
        || utf16WithoutMark(bytes, 0, length) != null
        || firstInvalidUtf8(bytes, 0, length) < 0) {
      throw notText;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        throw notText;
      }
    }
    if (fallback == null) {
      throw new BadInputException(
          notText.source(),
          notText.line(),
          notText.field(),
          notText.problem() + "; --fallback-charset CHARSET reads such files in CHARSET",
          notText);
    }
    return new String(bytes, 0, length, fallback);
  }

  /**
   * Checks one line {@code bytes[from, to)} of a line-based file (JSONL, an evaluation file) that
   * another reader decodes: UTF-16 is named as what it is, on the first line by its byte-order mark
   * or the half of each unit its NULs are in (later lines start mid-unit), and bytes that are not
   * well-formed UTF-8 ({@link #firstInvalidUtf8}) by their offset in the line.
   *
   * @throws BadInputException naming {@code source} and {@code line}
   */
  public static void checkLine(String source, long line, byte[] bytes, int from, int to) {
    if (line == 1 && from == 0 && isUtf16(bytes, to)) {
      throw new BadInputException(
          source,
          line,
          null,
          "UTF-16 text (byte-order mark), not UTF-8 (convert it, e.g. iconv -f utf-16 -t utf-8)");
    }
    String utf16 = utf16WithoutMark(bytes, from, to);
    if (utf16 != null) {
      throw new BadInputException(
          source, line, null, utf16Message(line == 1 ? utf16 : "utf-16le (or utf-16be)"));
    }
    int bad = firstInvalidUtf8(bytes, from, to);
    if (bad >= 0) {
      throw new BadInputException(
          source,
          line,
          null,
          String.format(
              java.util.Locale.ROOT,
              "not UTF-8: invalid byte 0x%02X at byte offset %d of the line (convert the file to"
                  + " UTF-8, e.g. iconv -f windows-1252 -t utf-8)",
              bytes[bad] & 0xFF,
              bad - from));
    }
  }
}
