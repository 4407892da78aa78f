package org.doppel.cli.pan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.doppel.BadInputException;

/**
 * A PAN text-alignment corpus: {@code susp/}, {@code src/}, and category folders (such as {@code
 * 02-no-obfuscation}) holding one XML file per document pair with the gold cases. A pair whose XML
 * holds no plagiarism feature is a negative.
 *
 * @param root the corpus folder
 * @param pairs the document pairs, by category and file name
 */
public record PanCorpus(Path root, List<Pair> pairs) {

  private static final Pattern FEATURE = Pattern.compile("<feature\\b([^>]*)/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern CATEGORY = Pattern.compile("\\d\\d-.*");

  /**
   * One document pair with its gold cases.
   *
   * @param category the category folder name
   * @param susp the suspicious document's file name
   * @param src the source document's file name
   * @param cases the gold cases, in characters
   */
  public record Pair(String category, String susp, String src, List<Annotation> cases) {}

  /** Reads the corpus at {@code root}. */
  public static PanCorpus read(Path root) {
    if (!Files.isDirectory(root.resolve("susp")) || !Files.isDirectory(root.resolve("src"))) {
      throw new BadInputException(
          root.toString(), 0, null, "not a PAN corpus: needs susp/ and src/ folders");
    }
    List<Pair> pairs = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      List<Path> categories =
          dirs.filter(
                  d ->
                      Files.isDirectory(d)
                          && CATEGORY.matcher(d.getFileName().toString()).matches())
              .sorted()
              .toList();
      for (Path dir : categories) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path xml : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
            pairs.add(pair(dir.getFileName().toString(), xml));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pairs.isEmpty()) {
      throw new BadInputException(
          root.toString(), 0, null, "no pair XML files in category folders");
    }
    return new PanCorpus(root, List.copyOf(pairs));
  }

  private static Pair pair(String category, Path xml) throws IOException {
    String name = xml.getFileName().toString();
    int cut = name.indexOf("-source-");
    if (cut < 0) {
      throw new BadInputException(xml.toString(), 0, null, "file name lacks '-source-'");
    }
    String susp = name.substring(0, cut) + ".txt";
    String src = name.substring(cut + 1, name.length() - 4) + ".txt";
    List<Annotation> cases = new ArrayList<>();
    Matcher f = FEATURE.matcher(Files.readString(xml));
    while (f.find()) {
      java.util.Map<String, String> attrs = new java.util.HashMap<>();
      Matcher a = ATTRIBUTE.matcher(f.group(1));
      while (a.find()) {
        attrs.put(a.group(1), a.group(2));
      }
      if ("plagiarism".equals(attrs.get("name")) && attrs.containsKey("this_offset")) {
        try {
          int to = Integer.parseInt(attrs.get("this_offset"));
          int tl = Integer.parseInt(attrs.get("this_length"));
          int so = Integer.parseInt(attrs.get("source_offset"));
          int sl = Integer.parseInt(attrs.get("source_length"));
          cases.add(new Annotation(to, to + tl, so, so + sl));
        } catch (RuntimeException e) {
          throw new BadInputException(xml.toString(), 0, "feature", "bad offsets: " + e, e);
        }
      }
    }
    return new Pair(category, susp, src, List.copyOf(cases));
  }
}
