package org.doppel.cli.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.doppel.BadInputException;
import org.doppel.text.Dates;
import org.doppel.text.Document;
import org.doppel.text.TextAnalyzer;

/**
 * Reads documents lazily from the inputs of a command: text files, directories (recursively; the id
 * is the path relative to the directory), JSONL files (also gzipped; one object per line) and
 * {@code -} for standard input (JSONL if it starts with an opening brace, otherwise one text).
 * HTML, found by file name or by how a text begins ({@link Markup}), is read for its text (a page's
 * article or all its visible text, a fragment whole), in batches on all cores; a reader made {@link
 * #originals()} gives the documents as they were instead. Problems raise {@link BadInputException},
 * or with {@code skipBad} are reported to the warning sink and skipped.
 */
public final class DocumentReader implements Iterator<Document> {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          // {"id": "a", "id": "b"}: which id was meant is unknown, so it is bad input
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
  }

  private final ReadOptions options;
  private final Consumer<String> warnings;
  private final ArrayDeque<Input> inputs = new ArrayDeque<>();
  private final Map<String, String> seen = new HashMap<>();
  private final ArrayDeque<Document> ready = new ArrayDeque<>();

  /** With {@link #originals}: the JSONL line of each ready document, {@link #NO_LINE} for files. */
  private final ArrayDeque<byte[]> readyLines = new ArrayDeque<>();

  private static final byte[] NO_LINE = new byte[0];
  private boolean originals;
  private byte[] line;
  private LineSource lines;
  private final List<Pending> pending = new ArrayList<>();
  private long pendingChars;
  private final ArrayDeque<Future<Read>> reading = new ArrayDeque<>();
  private int skipped;
  private int truncated;
  private int html;
  private int fallbackDecoded;
  private int undated;

  private DocumentReader(ReadOptions options, Consumer<String> warnings) {
    this.options = options;
    this.warnings = warnings;
  }

  /**
   * A reader over {@code args} (paths or {@code -}); checks that every path exists before reading.
   */
  public static DocumentReader open(
      List<String> args, ReadOptions options, Consumer<String> warnings) {
    return open(args, options, warnings, null);
  }

  /**
   * Like {@link #open(List, ReadOptions, Consumer)}, reading {@code -} from {@code stdinCopy} (a
   * saved copy of standard input, so that the inputs can be read twice) when it is not null.
   */
  public static DocumentReader open(
      List<String> args, ReadOptions options, Consumer<String> warnings, Path stdinCopy) {
    return open(args, options, warnings, stdinCopy, List.of());
  }

  /**
   * Like {@link #open(List, ReadOptions, Consumer, Path)}, leaving out of every directory read the
   * paths in {@code exclude} (a command's own outputs, such as its output directory, so that a
   * second run over a directory that holds them does not read them as input). Directories are read
   * recursively, following symbolic links (a link that leads back into a directory being read is
   * left out with a warning); names that begin with a dot are left out. A missing or unreadable
   * path, a directory that cannot be listed and a broken link raise {@link BadInputException}, or
   * with {@code skipBad} are reported and skipped.
   */
  public static DocumentReader open(
      List<String> args,
      ReadOptions options,
      Consumer<String> warnings,
      Path stdinCopy,
      List<Path> exclude) {
    DocumentReader r = new DocumentReader(options, warnings);
    List<Path> excluded = new ArrayList<>();
    for (Path e : exclude) {
      excluded.add(e.toAbsolutePath().normalize());
    }
    for (String arg : args) {
      if (arg.equals("-")) {
        r.inputs.add(new Input(stdinCopy, "-", arg, true));
        continue;
      }
      Path p = Path.of(arg);
      try {
        if (!Files.exists(p)) {
          throw new BadInputException(
              arg, 0, null, Files.isSymbolicLink(p) ? brokenLink(p) : "no such file or directory");
        }
        if (!Files.isReadable(p)) {
          throw new BadInputException(arg, 0, null, "not readable (permission denied)");
        }
        if (Files.isDirectory(p)) {
          r.walk(p, arg, excluded);
        } else {
          r.inputs.add(new Input(p, arg, arg, false));
        }
      } catch (BadInputException e) {
        r.skipOrThrow(e);
      }
    }
    return r;
  }

  /**
   * Why symbolic link {@code link} leads to no file: a chain of links that comes back to itself, or
   * a target that does not exist.
   */
  private static String brokenLink(Path link) {
    Path at = link;
    Set<Path> seenLinks = new HashSet<>();
    try {
      while (Files.isSymbolicLink(at)) {
        if (!seenLinks.add(at.toAbsolutePath().normalize())) {
          return "symbolic link loop (its chain of links comes back to " + at + ")";
        }
        Path target = Files.readSymbolicLink(at);
        Path parent = at.toAbsolutePath().getParent();
        at = parent == null ? target : parent.resolve(target);
      }
    } catch (IOException e) {
      return "broken symbolic link (" + TextFiles.reason(e) + ")";
    }
    return "broken symbolic link (its target " + at + " does not exist)";
  }

  /** Adds the files under directory {@code root} (named {@code arg}) in path order. */
  private void walk(Path root, String arg, List<Path> excluded) {
    List<Path> files = new ArrayList<>();
    List<BadInputException> problems = new ArrayList<>();
    FileVisitor<Path> visitor =
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && (hidden(dir) || isExcluded(dir, excluded))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(file) || isExcluded(file, excluded)) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
              files.add(file);
            } else if (attrs.isSymbolicLink()) {
              // with FOLLOW_LINKS a link is visited as itself only when its target is missing
              problems.add(new BadInputException(file.toString(), 0, null, brokenLink(file)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
              warnings.accept(
                  file + ": a symbolic link back into a directory being read; left out");
            } else if (e instanceof AccessDeniedException) {
              problems.add(
                  new BadInputException(
                      file.toString(), 0, null, "not readable (permission denied)", e));
            } else {
              problems.add(
                  new BadInputException(
                      file.toString(), 0, null, "cannot read: " + TextFiles.reason(e), e));
            }
            return FileVisitResult.CONTINUE;
          }
        };
    try {
      Files.walkFileTree(
          root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
    } catch (IOException e) {
      throw new BadInputException(arg, 0, null, "cannot list directory: " + TextFiles.reason(e), e);
    }
    for (BadInputException e : problems) {
      skipOrThrow(e);
    }
    files.sort(null);
    for (Path f : files) {
      inputs.add(
          new Input(f, root.relativize(f).toString().replace('\\', '/'), f.toString(), false));
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isExcluded(Path p, List<Path> excluded) {
    if (excluded.isEmpty()) {
      return false;
    }
    Path a = p.toAbsolutePath().normalize();
    return excluded.contains(a);
  }

  /**
   * Makes this reader give the documents as they were given: an HTML page's markup as it is
   * (decoded to text) instead of the text read from it, and each JSONL document's line ({@link
   * #line}). What {@code dedup --unique} writes by default. Call before the first document is read.
   */
  public DocumentReader originals() {
    originals = true;
    return this;
  }

  /**
   * The JSONL line (UTF-8, without its line end or byte-order mark) of the document {@link #next}
   * returned last, or {@code null} when it came from a file of its own or this reader was not made
   * {@link #originals}.
   */
  public String line() {
    return line == null || line == NO_LINE ? null : new String(line, StandardCharsets.UTF_8);
  }

  /** Documents skipped because of bad input (only with {@code skipBad}). */
  public int skipped() {
    return skipped;
  }

  /** Documents cut to the size limit. */
  public int truncated() {
    return truncated;
  }

  /** Documents without a date, when a date field is asked for (text files have none). */
  public int undated() {
    return undated;
  }

  /**
   * Text files that were not UTF-8 and were decoded in {@link ReadOptions#fallbackCharset} instead,
   * skipped ones included.
   */
  public int fallbackDecoded() {
    return fallbackDecoded;
  }

  /** Documents read as HTML (pages and fragments), skipped ones included. */
  public int html() {
    return html;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (pending.size() >= PAGES_PER_BATCH || pendingChars >= PAGE_CHARS_PER_BATCH) {
        submitPages();
        if (reading.size() > BATCHES_IN_FLIGHT) {
          collectPages();
        }
        continue;
      }
      if (!reading.isEmpty() && reading.peek().isDone()) {
        collectPages();
        continue;
      }
      if (lines != null) {
        readJsonLine();
        continue;
      }
      Input next = inputs.poll();
      if (next == null) {
        if (!pending.isEmpty()) {
          submitPages();
        } else if (!reading.isEmpty()) {
          collectPages();
        } else {
          return false;
        }
        continue;
      }
      try {
        open(next);
      } catch (BadInputException e) {
        skipOrThrow(e);
      }
    }
    return true;
  }

  /**
   * Adds a document whose text may still be an HTML page to read. Pages wait in {@link #pending}
   * (with the plain texts that follow them, so that the order stays) and are read in batches on all
   * cores while this thread reads on: reading a page costs far more than decoding a text, and would
   * otherwise make this one thread the whole run's bottleneck.
   */
  private void defer(
      String id,
      String date,
      String text,
      Markup.Content read,
      String source,
      long line,
      byte[] jsonLine) {
    if (originals) {
      add(new Document(id, text, date), source, line);
      readyLines.add(jsonLine);
      return;
    }
    if (read == null && pending.isEmpty() && reading.isEmpty()) {
      add(new Document(id, text, date), source, line);
      return;
    }
    pending.add(new Pending(id, date, text, read, source, line));
    pendingChars += text.length();
  }

  /** Starts reading the pending pages, in parallel when there are several. */
  private void submitPages() {
    List<Pending> batch = new ArrayList<>(pending);
    pending.clear();
    pendingChars = 0;
    boolean parallel = batch.stream().filter(p -> p.read() != null).count() > 1;
    reading.add(
        PageReaders.POOL.submit(
            () -> {
              Read read = new Read(batch);
              IntStream indices = IntStream.range(0, batch.size());
              (parallel ? indices.parallel() : indices)
                  .forEach(
                      i -> {
                        Pending p = batch.get(i);
                        try {
                          read.texts[i] = p.read() == null ? p.text() : p.read().of(p.text());
                        } catch (RuntimeException e) {
                          read.failures[i] = e;
                        }
                      });
              return read;
            }));
  }

  /** Waits for the oldest batch of pages and adds its documents in order. */
  private void collectPages() {
    Read read;
    try {
      read = reading.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading pages", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
    for (int i = 0; i < read.texts.length; i++) {
      Pending p = read.batch.get(i);
      try {
        if (read.failures[i] != null) {
          throw read.failures[i];
        }
        add(new Document(p.id(), read.texts[i], p.date()), p.source(), p.line());
      } catch (BadInputException e) {
        skipOrThrow(e);
      }
    }
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (originals) {
      line = readyLines.poll();
    }
    return ready.poll();
  }

  private void open(Input in) {
    try {
      // a FileInputStream, not Files.newInputStream: on JDK 17 the latter's available() fails on a
      // named pipe ("Illegal seek"), and BufferedInputStream calls it
      InputStream raw = in.path == null ? System.in : new FileInputStream(in.path.toFile());
      BufferedInputStream stream = new BufferedInputStream(raw, 1 << 16);
      InputStream body =
          TextFiles.startsGzip(stream)
              ? new BufferedInputStream(new NoneAvailable(new GZIPInputStream(stream)), 1 << 16)
              : stream;
      boolean jsonl = isJsonlName(in.display);
      // standard input, a named pipe or a process substitution (/dev/fd/63) has no name that says
      // what it holds: JSONL when it starts with {, as for -
      if (!jsonl && (in.stdin || (in.path != null && !Files.isRegularFile(in.path)))) {
        body.mark(1 << 16);
        byte[] head = body.readNBytes(1 << 12);
        body.reset();
        jsonl = startsWithBrace(head);
      }
      if (jsonl) {
        lines = new LineSource(body, in.display);
      } else {
        try (InputStream s = body) {
          byte[] bytes = s.readNBytes(options.maxBytes() + 1);
          int length = bytes.length;
          if (length > options.maxBytes()) {
            length = cutAtLine(bytes, options.maxBytes());
            truncated++;
            warnings.accept(
                in.display
                    + ": larger than "
                    + options.maxBytes()
                    + " bytes; only the first "
                    + length
                    + " bytes are used");
          }
          Markup markup = options.markup();
          boolean htmlByName = markup.isHtmlName(in.display);
          if (originals) {
            String text =
                markup.decodeOriginal(
                    bytes, length, in.display, htmlByName, options.fallbackCharset());
            defer(in.id, null, text, null, in.display, 0, NO_LINE);
            return;
          }
          Markup.Decoded d =
              markup.decodeLater(
                  bytes,
                  length,
                  in.display,
                  htmlByName,
                  options.htmlContent(),
                  options.fallbackCharset());
          if (d.html()) {
            html++;
          }
          if (d.fallback()) {
            fallbackDecoded++;
          }
          defer(in.id, null, d.text(), d.read(), in.display, 0, NO_LINE);
        }
      }
    } catch (IOException e) {
      throw new BadInputException(in.display, 0, null, "cannot read: " + TextFiles.reason(e), e);
    }
  }

  private void readJsonLine() {
    LineSource src = lines;
    byte[] line;
    try {
      line = src.next(options.maxBytes());
    } catch (IOException e) {
      lines = null;
      // the line being read when reading failed: the one after the last line read
      skipOrThrow(
          new BadInputException(src.name, src.line + 1, null, "cannot read: " + readFailure(e), e));
      return;
    }
    if (line == null) {
      lines = null;
      return;
    }
    try {
      parse(src, line);
    } catch (BadInputException e) {
      skipOrThrow(e);
    }
  }

  private void parse(LineSource src, byte[] bytes) {
    if (isBlank(bytes)) {
      return;
    }
    if (src.lineTruncated) {
      throw new BadInputException(
          src.name, src.line, null, "line longer than " + options.maxBytes() + " bytes");
    }
    // Jackson reads a line it takes for UTF-16 or UTF-32 as such, and later lines of that file
    // (split at a byte 0x0A) as garbage; it also decodes UTF-8 leniently (an encoded surrogate, an
    // overlong NUL pass): the line is checked first, as text files are
    TextDecoder.checkLine(src.name, src.line, bytes, 0, bytes.length);
    String id = null;
    String body = null;
    String date = null;
    boolean escapes = mayEscapeSurrogate(bytes);
    try (JsonParser p = JSON.getFactory().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadInputException(src.name, src.line, null, "expected a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals(options.idField())) {
          id = scalar(p, v, src, name, false, escapes);
        } else if (name.equals(options.textField())) {
          body = scalar(p, v, src, name, true, escapes);
        } else if (name.equals(options.dateField())) {
          date = scalar(p, v, src, name, true, escapes);
          if (date != null) {
            try {
              Dates.instant(date);
            } catch (IllegalArgumentException e) {
              throw new BadInputException(src.name, src.line, name, e.getMessage());
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new BadInputException(src.name, src.line, null, "malformed JSON: trailing content");
      }
    } catch (JsonProcessingException e) {
      // Jackson's message without its own location ("at [Source: ...; line: 1, column: 9]"): the
      // file and line are named already, the column is added
      String m =
          String.valueOf(e.getOriginalMessage())
              .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
              .replaceAll("\\s*\\n?\\s*at \\[Source:[^\\]]*\\]", "")
              .strip();
      if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
        m += " (column " + e.getLocation().getColumnNr() + ")";
      }
      throw new BadInputException(
          src.name,
          src.line,
          null,
          m != null && m.contains("UTF-8") ? "not UTF-8: " + m : "malformed JSON: " + m);
    } catch (IOException e) {
      throw new BadInputException(src.name, src.line, null, "cannot parse: " + e.getMessage(), e);
    }
    if (id == null) {
      throw new BadInputException(src.name, src.line, options.idField(), "missing");
    }
    if (body == null) {
      throw new BadInputException(src.name, src.line, options.textField(), "missing");
    }
    Markup.Content read = options.markup().reading(body, false, options.htmlContent());
    if (read != null) {
      html++;
    }
    defer(id, date, body, read, src.name, src.line, withoutBom(bytes));
  }

  /**
   * The scalar value {@code v} of field {@code name} as text; {@code escapes} says whether the line
   * may hold a surrogate escape ({@link #mayEscapeSurrogate}), without which no string value can
   * hold a lone surrogate.
   */
  private static String scalar(
      JsonParser p, JsonToken v, LineSource src, String name, boolean textOnly, boolean escapes)
      throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v == JsonToken.VALUE_STRING) {
      String text = p.getText();
      int lone = escapes ? loneSurrogate(text) : -1;
      if (lone >= 0) {
        // a JSON escape such as \ud800 with no partner: no character, and written out as "?"
        throw new BadInputException(
            src.name,
            src.line,
            name,
            String.format(
                Locale.ROOT,
                "unpaired surrogate \\u%04x at character %d: not a character (a broken escape?)",
                (int) text.charAt(lone),
                lone));
      }
      return text;
    }
    if (!textOnly && (v.isNumeric() || v.isBoolean())) {
      return p.getText();
    }
    String kind =
        v == JsonToken.START_ARRAY
            ? "array"
            : v == JsonToken.START_OBJECT
                ? "object"
                : v.isNumeric()
                    ? "number"
                    : v.isBoolean() ? "boolean" : v.name().toLowerCase(Locale.ROOT);
    throw new BadInputException(src.name, src.line, name, "expected a string, got " + kind);
  }

  /**
   * Whether a file of this name is read as JSONL: it ends in {@code .jsonl}, {@code .ndjson} or
   * {@code .json}, also before {@code .gz} (case aside).
   */
  public static boolean isJsonlName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
  }

  /**
   * Whether the JSON line {@code bytes} may hold an escaped surrogate ({@code \\uD800} to {@code
   * \\uDFFF}): a backslash, {@code u}, {@code d} or {@code D}, and a digit 8 to f. Its bytes are
   * valid UTF-8 ({@link TextDecoder#checkLine}), which encodes no surrogate, so only such an escape
   * can make a lone one; a line without one need not have its strings scanned for it. An escaped
   * backslash before a {@code u} gives a harmless false yes.
   */
  static boolean mayEscapeSurrogate(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    while (i + 3 < n) {
      // eight bytes at a time while none is a backslash: the line is read once more here, on the
      // reading thread, so most of it is passed over a long at a time
      while (i + 8 <= n && !holdsBackslash((long) TextDecoder.LONGS.get(bytes, i))) {
        i += 8;
      }
      if (i + 3 >= n) {
        break;
      }
      if (bytes[i] == '\\' && bytes[i + 1] == 'u' && (bytes[i + 2] | 0x20) == 'd') {
        int c = bytes[i + 3] | 0x20;
        if ((c >= '8' && c <= '9') || (c >= 'a' && c <= 'f')) {
          return true;
        }
      }
      i++;
    }
    return false;
  }

  /** Whether one of the eight bytes of {@code v} is a backslash (a zero byte of v ^ 0x5C...). */
  private static boolean holdsBackslash(long v) {
    long x = v ^ 0x5C5C_5C5C_5C5C_5C5CL;
    return ((x - 0x0101_0101_0101_0101L) & ~x & 0x8080_8080_8080_8080L) != 0;
  }

  /** The index of the first surrogate in {@code s} that is not half of a pair, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Why reading a line failed: a gzip stream cut short says so in words (the {@link
   * java.io.EOFException} it throws has no message, or "Unexpected end of ZLIB input stream").
   */
  private static String readFailure(IOException e) {
    if (e instanceof java.io.EOFException) {
      return "the compressed stream ends early (a truncated .gz file?)";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static byte[] withoutBom(byte[] bytes) {
    return bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF
        ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length)
        : bytes;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private void add(Document d, String source, long line) {
    String where = line > 0 ? source + ":" + line : source;
    String earlier = seen.putIfAbsent(d.id(), where);
    if (earlier != null) {
      throw new BadInputException(
          source,
          line,
          line > 0 ? options.idField() : null,
          "duplicate id '"
              + d.id()
              + "' (first at "
              + earlier
              + ")"
              + (line <= 0 && !earlier.equals(source) && !d.id().equals(source)
                  ? "; a file in a directory is named by its path inside the directory given, so"
                      + " two directories holding the same names clash: give their common parent"
                      + " directory instead"
                  : ""));
    }
    if (d.date() == null && options.dateField() != null) {
      undated++;
    }
    if (!TextAnalyzer.hasWords(d.text())) {
      warnings.accept(
          where
              + ": document '"
              + d.id()
              + (d.text().isBlank() ? "' is empty" : "' has no words")
              + "; it stays a singleton");
    }
    ready.add(d);
  }

  private void skipOrThrow(BadInputException e) {
    if (!options.skipBad()) {
      throw e;
    }
    skipped++;
    warnings.accept("skipped: " + e.getMessage());
  }

  private static boolean startsWithBrace(byte[] head) {
    int i = head.length >= 3 && head[0] == (byte) 0xEF ? 3 : 0;
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
      i++;
    }
    return i < head.length && head[i] == '{';
  }

  /**
   * Where to cut {@code bytes} (more than {@code max} of them) to at most {@code max}: after the
   * last line end in the second half, else at the last character boundary; in UTF-16 text (by its
   * byte-order mark) at a code unit boundary, never between the halves of a surrogate pair.
   */
  private static int cutAtLine(byte[] bytes, int max) {
    if (TextDecoder.isUtf16(bytes, bytes.length)) {
      boolean little = bytes[0] == (byte) 0xFF;
      int end = max & ~1; // code units start at even offsets, after the two-byte mark
      for (int i = end - 2; i > end / 2; i -= 2) {
        if (utf16Unit(bytes, i, little) == '\n') {
          return i + 2;
        }
      }
      return Character.isHighSurrogate(utf16Unit(bytes, end - 2, little)) ? end - 2 : end;
    }
    for (int i = max - 1; i > max / 2; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    int i = max;
    while (i > 0 && (bytes[i] & 0xC0) == 0x80) {
      i--; // never cut inside a UTF-8 sequence
    }
    return i;
  }

  /** The UTF-16 code unit at byte offset {@code i}, little- or big-endian. */
  private static char utf16Unit(byte[] bytes, int i, boolean little) {
    int lo = little ? i : i + 1;
    return (char) ((bytes[lo] & 0xFF) | (bytes[little ? i + 1 : i] & 0xFF) << 8);
  }

  /** Pages read together on all cores, at most (and at most this many characters of them). */
  private static final int PAGES_PER_BATCH = 64;

  private static final long PAGE_CHARS_PER_BATCH = 32L << 20;

  /** Batches being read while this thread reads on, at most (one more waits to be collected). */
  private static final int BATCHES_IN_FLIGHT = 2;

  /** The threads that read pages: one per core, shared by every reader, idle ones retire. */
  private static final class PageReaders {
    static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  /** One batch of pending documents and what reading them gave: a text or a failure each. */
  private static final class Read {
    final List<Pending> batch;
    final String[] texts;
    final RuntimeException[] failures;

    Read(List<Pending> batch) {
      this.batch = batch;
      this.texts = new String[batch.size()];
      this.failures = new RuntimeException[batch.size()];
    }
  }

  /** A document read but not yet added: its text may be an HTML page still to be read. */
  private record Pending(
      String id, String date, String text, Markup.Content read, String source, long line) {}

  /**
   * One input: a file, its id and its display name; for standard input ({@code stdin}), the file of
   * its saved copy, or null to read it directly.
   */
  private record Input(Path path, String id, String display, boolean stdin) {}

  /**
   * A stream that says no byte is available without blocking. Over a gzip stream this keeps a
   * {@link BufferedInputStream} from reading on once one read has given bytes: where a .gz file is
   * cut short, the read that fails would otherwise lose the bytes the reads before it gave in the
   * same call, and with them the complete lines before the cut.
   */
  private static final class NoneAvailable extends FilterInputStream {
    NoneAvailable(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
