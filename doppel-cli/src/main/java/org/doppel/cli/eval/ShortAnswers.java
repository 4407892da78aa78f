package org.doppel.cli.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doppel.BadInputException;
import org.doppel.cli.io.TextFiles;

/**
 * The labels of the Corpus of Plagiarised Short Answers (Clough and Stevenson 2011): each answer
 * file, its task (a to e) and how it was written from that task's source text {@code
 * orig_task<X>.txt}: {@code cut} (copied), {@code light} (lightly revised), {@code heavy}
 * (paraphrased) or {@code non} (written without the source). Read from {@code
 * file_information.csv}, header {@code File,Task,Category}.
 */
public final class ShortAnswers {

  /** The file that marks a folder as this corpus and holds its labels. */
  public static final String LABELS = "file_information.csv";

  /** The categories of answers, in the order of how much of the source they take. */
  public static final List<String> CATEGORIES = List.of("cut", "light", "heavy", "non");

  private ShortAnswers() {}

  /**
   * One labelled answer: the pair (answer, source) and how the answer was written.
   *
   * @param category cut, light, heavy or non
   * @param answer the answer's file name
   * @param source the file name of its task's source text
   */
  public record Answer(String category, String answer, String source) {}

  /** Whether {@code dir} holds this corpus (its label file). */
  public static boolean isCorpus(Path dir) {
    return Files.isRegularFile(dir.resolve(LABELS));
  }

  /**
   * The labelled answers of the corpus in {@code dir}, sources left out; a malformed row, an
   * unknown category or task, a file named twice or a labelled file missing from {@code dir} is bad
   * input naming the label file and line.
   */
  public static List<Answer> read(Path dir) {
    Path labels = dir.resolve(LABELS);
    String name = labels.toString();
    List<Answer> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long n = 0;
    for (String line : (Iterable<String>) TextFiles.read(labels).lines()::iterator) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.strip().split(",", -1);
      if (f.length != 3) {
        throw new BadInputException(
            name,
            n,
            null,
            "expected 3 comma-separated fields (File,Task,Category), got " + f.length);
      }
      if (n == 1 && f[0].strip().equalsIgnoreCase("File")) {
        continue; // the header
      }
      String file = f[0].strip();
      String task = f[1].strip().toLowerCase(Locale.ROOT);
      String category = f[2].strip().toLowerCase(Locale.ROOT);
      if (!task.matches("[a-e]")) {
        throw new BadInputException(name, n, "Task", "expected a to e, got '" + f[1] + "'");
      }
      if (!seen.add(file)) {
        throw new BadInputException(name, n, "File", "'" + file + "' labelled twice");
      }
      if (category.equals("orig")) {
        continue;
      }
      if (!CATEGORIES.contains(category)) {
        throw new BadInputException(
            name,
            n,
            "Category",
            "expected one of cut, light, heavy, non, orig, got '" + f[2] + "'");
      }
      String source = "orig_task" + task + ".txt";
      for (String needed : List.of(file, source)) {
        if (!Files.isRegularFile(dir.resolve(needed))) {
          throw new BadInputException(
              name,
              n,
              null,
              "'" + needed + "' is not a file in " + dir + " (a labelled text missing)");
        }
      }
      out.add(new Answer(category, file, source));
    }
    if (out.isEmpty()) {
      throw new BadInputException(name, 0, null, "no labelled answers");
    }
    return List.copyOf(out);
  }
}
