package org.doppel.cli.io;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
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
      return bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b
          ? gunzip(name, bytes)
          : bytes;
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, 0, null, "no such file", e);
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
          : e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
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
    byte[] bytes = bytes(file);
    String name = file.toString();
    return markup.decode(bytes, bytes.length, name, markup.isHtmlName(name), content);
  }

  /** Decodes {@code bytes} as strict UTF-8; {@code name} names the source in errors. */
  public static String decode(String name, byte[] bytes, boolean allowNul) {
    return TextDecoder.decode(bytes, bytes.length, name, allowNul);
  }
}
