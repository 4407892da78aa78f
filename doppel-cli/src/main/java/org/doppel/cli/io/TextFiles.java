package org.doppel.cli.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.doppel.BadInputException;

/**
 * Reads one text file for {@code compare}, {@code text} and the evaluations (gzipped or not, as
 * {@code dedup} reads files): strict UTF-8 (a malformed byte is bad input, named by its offset), a
 * leading byte-order mark removed, a NUL byte taken as a sign of a binary file.
 */
public final class TextFiles {

  private TextFiles() {}

  /** The text of {@code file}; throws {@link BadInputException} for anything but UTF-8 text. */
  public static String read(Path file) {
    return read(file, false);
  }

  /**
   * The text of {@code file}, as {@link #read(Path)}; with {@code allowNul}, NUL characters are
   * kept as text (some research corpora hold stray NULs in otherwise plain text).
   */
  public static String read(Path file, boolean allowNul) {
    return decode(file.toString(), bytes(file), allowNul);
  }

  private static byte[] bytes(Path file) {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new BadInputException(name, 0, null, "is a directory, not a text file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BadInputException(name, 0, null, tooLarge(size + " bytes"));
      }
      byte[] bytes = Files.readAllBytes(file);
      return bytes.length >= 2 && isGzipMagic(bytes[0] & 0xff, bytes[1] & 0xff)
          ? gunzip(name, bytes)
          : bytes;
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, 0, null, reason(e), e);
    } catch (AccessDeniedException e) {
      throw new BadInputException(name, 0, null, "permission denied", e);
    } catch (IOException e) {
      throw new BadInputException(name, 0, null, "cannot read: " + reason(e), e);
    }
  }

  /**
   * Why an I/O operation on a file failed, for a message: the system's reason ("Too many levels of
   * symbolic links"), else what the exception's kind says.
   */
  public static String reason(IOException e) {
    String reason = plainReason(e);
    String name = e instanceof java.nio.file.FileSystemException f ? f.getFile() : e.getMessage();
    if (name != null && name.indexOf('\uFFFD') >= 0 && reason.startsWith("no such file")) {
      // a name whose bytes are not valid in the file-name encoding is listed with U+FFFD in their
      // place, and no file of that name exists
      return reason
          + " (its name is not valid "
          + System.getProperty("sun.jnu.encoding", "UTF-8")
          + ", the encoding of file names here, and cannot be opened so: rename the file)";
    }
    return reason;
  }

  private static String plainReason(IOException e) {
    if (e instanceof FileNotFoundException) {
      // FileInputStream says why in parentheses: "/a/b.txt (Permission denied)"
      String m = String.valueOf(e.getMessage());
      int open = m.lastIndexOf(" (");
      return open >= 0 && m.endsWith(")")
          ? m.substring(open + 2, m.length() - 1).toLowerCase(Locale.ROOT)
          : m;
    }
    if (e instanceof java.nio.file.FileSystemException f) {
      if (f.getReason() != null) {
        return f.getReason();
      }
      return e instanceof AccessDeniedException
          ? "permission denied"
          : e instanceof NoSuchFileException
              ? "no such file"
              : e instanceof java.nio.file.FileAlreadyExistsException
                  ? "already exists"
                  : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * The largest file read whole here (and the largest a Java array holds): 2 GiB less a few bytes.
   * A larger one is bad input whatever the heap, not a reason to ask for more memory.
   */
  static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private static String tooLarge(String size) {
    return "too large: "
        + size
        + "; a text read whole (compare, text, eval) may have at most "
        + MAX_BYTES
        + " bytes (dedup reads larger files, cut at --max-doc-bytes)";
  }

  /** The bytes of a gzip stream, uncompressed, as every reader of doppel takes a gzipped file. */
  private static byte[] gunzip(String name, byte[] bytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] out = in.readNBytes(MAX_BYTES);
      if (in.read() >= 0) {
        throw new BadInputException(
            name, 0, null, tooLarge("more than " + MAX_BYTES + " bytes uncompressed"));
      }
      return out;
    } catch (IOException e) {
      throw new BadInputException(name, 0, null, "broken gzip stream: " + e.getMessage(), e);
    }
  }

  /**
   * The text to match of {@code file}: HTML where {@code markup} says so (read for {@code content},
   * in the charset it declares), else strict UTF-8 text as {@link #read(Path)}.
   */
  public static String read(Path file, Markup markup, Markup.Content content) {
    return read(file, markup, content, null);
  }

  /**
   * As {@link #read(Path, Markup, Markup.Content)}; a text file that is not UTF-8 is decoded in
   * {@code fallback} instead, when it is not null ({@link TextDecoder#inFallbackCharset}).
   */
  public static String read(
      Path file, Markup markup, Markup.Content content, java.nio.charset.Charset fallback) {
    byte[] bytes = bytes(file);
    String name = file.toString();
    return markup.decode(bytes, bytes.length, name, markup.isHtmlName(name), content, fallback);
  }

  /** Decodes {@code bytes} as strict UTF-8; {@code name} names the source in errors. */
  public static String decode(String name, byte[] bytes, boolean allowNul) {
    return TextDecoder.decode(bytes, bytes.length, name, allowNul);
  }

  /** What is done with each line of a text file: its 1-based number and its text. */
  public interface LineHandler {
    /** Takes line {@code number}, {@code text} without its line break. */
    void accept(long number, String text);
  }

  /**
   * Hands each line of {@code file} to {@code each}, one at a time, so that a file larger than
   * memory can be read (gzipped or not, as {@link #read(Path)} takes it): strict UTF-8, a leading
   * byte-order mark removed, a {@code \r} before a line break dropped. A NUL byte (a binary file),
   * UTF-16 text and bytes that are not UTF-8 are bad input naming the line and its byte offset; a
   * line may hold at most {@link #MAX_BYTES} bytes.
   */
  public static void forEachLine(Path file, LineHandler each) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new BadInputException(name, 0, null, "is a directory, not a text file");
    }
    try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      InputStream in = startsGzip(raw) ? new GZIPInputStream(raw, 1 << 16) : raw;
      LineSource lines = new LineSource(in, name);
      for (byte[] line = lines.next(MAX_BYTES); line != null; line = lines.next(MAX_BYTES)) {
        if (lines.lineTruncated) {
          throw new BadInputException(name, lines.line, null, tooLarge("a line of more bytes"));
        }
        each.accept(lines.line, lineText(name, lines.line, line));
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, 0, null, reason(e), e);
    } catch (AccessDeniedException e) {
      throw new BadInputException(name, 0, null, "permission denied", e);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new BadInputException(name, 0, null, "broken gzip stream: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BadInputException(name, 0, null, "cannot read: " + reason(e), e);
    }
  }

  /** The text of line {@code number} of {@code name}, checked as {@link #forEachLine} says. */
  private static String lineText(String name, long number, byte[] line) {
    TextDecoder.checkLine(name, number, line, 0, line.length);
    int from =
        number == 1
                && line.length >= 3
                && line[0] == (byte) 0xEF
                && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF
            ? 3
            : 0;
    for (int i = from; i < line.length; i++) {
      if (line[i] == 0) {
        throw new BadInputException(
            name, number, null, "binary file (NUL byte at byte offset " + i + " of the line)");
      }
    }
    return new String(line, from, line.length - from, StandardCharsets.UTF_8);
  }

  /** Whether two first bytes (as 0 to 255, or -1 past the end) are gzip's magic number. */
  static boolean isGzipMagic(int b0, int b1) {
    return b0 == 0x1f && b1 == 0x8b;
  }

  /**
   * Whether {@code in} starts with gzip's magic number; reads its first two bytes and goes back to
   * where it was (the stream supports mark and reset).
   */
  static boolean startsGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return isGzipMagic(b0, b1);
  }
}
