package org.doppel.cli.pan;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.doppel.BadInputException;
import org.doppel.cli.io.TextFiles;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A PAN text-alignment corpus: {@code susp/}, {@code src/}, and category folders (such as {@code
 * 02-no-obfuscation}) holding one XML file per document pair with the gold cases. A pair whose XML
 * holds no plagiarism feature is a negative.
 *
 * @param root the corpus folder
 * @param pairs the document pairs, by category and file name
 */
public record PanCorpus(Path root, List<Pair> pairs) {

  private static final Pattern CATEGORY = Pattern.compile("\\d\\d-.*");

  /**
   * One document pair with its gold cases.
   *
   * @param category the category folder name
   * @param susp the suspicious document's file name
   * @param src the source document's file name
   * @param cases the gold cases, in characters
   * @param xml the XML file the cases come from
   */
  public record Pair(String category, String susp, String src, List<Annotation> cases, Path xml) {

    /**
     * Checks that every gold case lies inside the two texts ({@code susp} and {@code src}, as
     * read); a case past the end is bad input naming the XML file and the attribute.
     */
    public void checkCases(String suspText, String srcText) {
      int suspLength = suspText.codePointCount(0, suspText.length());
      int srcLength = srcText.codePointCount(0, srcText.length());
      for (Annotation c : cases) {
        check(c.thisStart(), c.thisEnd(), suspLength, "this", "susp/" + susp);
        check(c.srcStart(), c.srcEnd(), srcLength, "source", "src/" + src);
      }
    }

    private void check(int start, int end, int length, String side, String doc) {
      if (end <= length) {
        return;
      }
      String field = start > length ? side + "_offset" : side + "_length";
      throw new BadInputException(
          xml.toString(),
          0,
          field,
          String.format(
              Locale.ROOT,
              "the case [%d, %d) ends past the end of %s (%d characters)",
              start,
              end,
              doc,
              length));
    }
  }

  /** Reads the corpus at {@code root}. */
  public static PanCorpus read(Path root) {
    if (!Files.isDirectory(root.resolve("susp")) || !Files.isDirectory(root.resolve("src"))) {
      throw new BadInputException(
          root.toString(), 0, null, "not a PAN corpus: needs susp/ and src/ folders");
    }
    List<Pair> pairs = new ArrayList<>();
    SAXParser parser = parser();
    for (Path dir : list(root)) {
      if (Files.isDirectory(dir) && CATEGORY.matcher(dir.getFileName().toString()).matches()) {
        for (Path xml : list(dir)) {
          if (xml.toString().endsWith(".xml")) {
            pairs.add(pair(root, dir.getFileName().toString(), xml, parser));
          }
        }
      }
    }
    if (pairs.isEmpty()) {
      throw new BadInputException(
          root.toString(), 0, null, "no pair XML files in category folders");
    }
    return new PanCorpus(root, List.copyOf(pairs));
  }

  /** The entries of {@code dir}, sorted; a folder that cannot be listed is bad input. */
  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(
          dir.toString(), 0, null, "cannot list the folder: " + TextFiles.reason(e), e);
    }
  }

  /** A SAX parser that reads no DTD and no external entity. */
  private static SAXParser parser() {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return f.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }

  private static Pair pair(Path root, String category, Path xml, SAXParser parser) {
    String name = xml.getFileName().toString();
    int cut = name.indexOf("-source-");
    if (cut < 0) {
      throw new BadInputException(xml.toString(), 0, null, "file name lacks '-source-'");
    }
    String susp = name.substring(0, cut) + ".txt";
    String src = name.substring(cut + 1, name.length() - 4) + ".txt";
    for (Path doc : List.of(root.resolve("susp").resolve(susp), root.resolve("src").resolve(src))) {
      if (!Files.isRegularFile(doc)) {
        throw new BadInputException(
            doc.toString(),
            0,
            null,
            (Files.exists(doc) ? "not a regular file" : "no such file")
                + " (the pair "
                + xml
                + ")");
      }
    }
    // strict UTF-8, as every input is read; errors name the file and the byte offset
    String text = TextFiles.read(xml);
    Features features = new Features(xml.toString());
    try {
      parser.reset();
      parser.parse(new InputSource(new StringReader(text)), features);
    } catch (SAXParseException e) {
      throw new BadInputException(
          xml.toString(),
          Math.max(0, e.getLineNumber()),
          null,
          "malformed XML: " + e.getMessage(),
          e);
    } catch (SAXException e) {
      throw new BadInputException(xml.toString(), 0, null, "malformed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string failed", e);
    }
    return new Pair(category, susp, src, List.copyOf(features.cases), xml);
  }

  /** Collects the plagiarism features of one pair's XML as gold cases. */
  private static final class Features extends DefaultHandler {
    private final String file;
    private final List<Annotation> cases = new ArrayList<>();
    private Locator locator;

    Features(String file) {
      this.file = file;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
      if (!"feature".equals(qName)
          || !"plagiarism".equals(attrs.getValue("name"))
          || attrs.getValue("this_offset") == null) {
        return;
      }
      long to = number(attrs, "this_offset");
      long tl = number(attrs, "this_length");
      long so = number(attrs, "source_offset");
      long sl = number(attrs, "source_length");
      if (to + tl > Integer.MAX_VALUE) {
        throw bad("this_length", "the case ends past any document: " + (to + tl));
      }
      if (so + sl > Integer.MAX_VALUE) {
        throw bad("source_length", "the case ends past any document: " + (so + sl));
      }
      cases.add(new Annotation((int) to, (int) (to + tl), (int) so, (int) (so + sl)));
    }

    /** A non-negative whole number attribute, as PAN writes offsets and lengths. */
    private long number(Attributes attrs, String attr) {
      String v = attrs.getValue(attr);
      if (v == null) {
        throw bad(attr, "missing");
      }
      long n;
      try {
        n = Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        throw bad(attr, "not a whole number: '" + v + "'");
      }
      if (n < 0) {
        throw bad(attr, "negative: " + n);
      }
      if (n > Integer.MAX_VALUE) {
        throw bad(attr, "out of range: " + n);
      }
      return n;
    }

    private BadInputException bad(String attr, String problem) {
      return new BadInputException(
          file, locator == null ? 0 : Math.max(0, locator.getLineNumber()), attr, problem);
    }
  }
}
