package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that would destroy an input are refused before anything is read or written, and UTF-16
 * inputs are named as UTF-16.
 */
class OutputGuardTest {

  private static final String STORY =
      "The city council approved the new flood barrier on Tuesday after a long and heated debate"
          + " about costs, residents and the port.";

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void compareRefusesAnOutThatIsOneOfItsInputs() throws IOException {
    Path a = write("a.txt", STORY + "\n");
    Path b = write("b.txt", STORY + " Work starts in May.\n");
    Path link = tmp.resolve("link-to-a.txt");
    Files.createSymbolicLink(link, a);
    Path hard = tmp.resolve("hard-link-to-b.txt");
    Files.createLink(hard, b);
    Path known = write("boilerplate.jsonl", "");
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {a.toString(), "input A"});
    cases.add(new String[] {tmp.resolve("sub/../a.txt").toString(), "input A"});
    cases.add(new String[] {b.toString(), "input B"});
    cases.add(new String[] {link.toString(), "input A"});
    cases.add(new String[] {hard.toString(), "input B"});
    cases.add(new String[] {known.toString(), "the --boilerplate file"});
    Files.createDirectories(tmp.resolve("sub"));
    for (String[] c : cases) {
      CliRun run =
          CliRun.of(
              "compare",
              a.toString(),
              b.toString(),
              "--boilerplate",
              known.toString(),
              "--out",
              c[0]);
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err).contains("--out " + c[0] + " is " + c[1]);
    }
    assertThat(Files.readString(a)).isEqualTo(STORY + "\n");
    assertThat(Files.readString(b)).isEqualTo(STORY + " Work starts in May.\n");
    assertThat(Files.readString(known)).isEmpty();

    CliRun ok =
        CliRun.of("compare", a.toString(), b.toString(), "--out", tmp.resolve("r.txt").toString());
    assertThat(ok.exit).as(ok.toString()).isZero();
    assertThat(tmp.resolve("r.txt")).isNotEmptyFile();
  }

  @Test
  void batchCompareRefusesAnOutThatIsThePairsFileOrAFileItLists() throws IOException {
    Path a = write("a.txt", STORY + "\n");
    Path b = write("b.txt", STORY + " Work starts in May.\n");
    String list = a + "\t" + b + "\n";
    Path pairs = write("pairs.tsv", list);
    for (Path target : List.of(pairs, b)) {
      CliRun run = CliRun.of("compare", "--pairs", pairs.toString(), "--out", target.toString());
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err)
          .contains(
              "--out "
                  + target
                  + " is "
                  + (target.equals(pairs) ? "the --pairs file" : "listed in " + pairs));
    }
    assertThat(Files.readString(pairs)).isEqualTo(list);
    assertThat(Files.readString(b)).isEqualTo(STORY + " Work starts in May.\n");
  }

  @Test
  void textRefusesToWriteOverTheFileItReads() throws IOException {
    Path page = write("page.html", "<html><body><p>" + STORY + "</p></body></html>\n");
    String before = Files.readString(page);
    CliRun run = CliRun.of("text", page.toString(), "--out", page.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("is the file read");
    assertThat(Files.readString(page)).isEqualTo(before);
  }

  @Test
  void aUniqueFileUnderAFileOrNamedAsTheOutDirectoryIsAUsageErrorBeforeAnyInputIsRead()
      throws IOException {
    Path in = write("in.txt", STORY + "\n");
    Path file = write("afile", "not a directory\n");
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of("dedup", in.toString(), "--out", out.toString(), "--unique", file + "/u.jsonl");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("lies under " + file + ", which is a file");
    run = CliRun.of("dedup", in.toString(), "--out", out.toString(), "--unique", out.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("is the --out directory");
    assertThat(out).doesNotExist(); // nothing left behind
    run = CliRun.of("dedup", in.toString(), "--out", out.toString(), "--unique-as", "text");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("give --unique FILE as well");
  }

  @Test
  void uniqueMayNotReplaceAFileInsideAnInputDirectoryThatNoRunWrote() throws IOException {
    Path dir = tmp.resolve("news");
    write("news/a.txt", STORY + "\n");
    write("news/b.txt", STORY + " Work starts in May.\n");
    Path c = write("news/c.jsonl", "{\"id\":\"c\",\"text\":\"The ferry strike ended.\"}\n");
    String before = Files.readString(c);
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "dedup", dir.toString(), "--out", out.toString(), "--unique", c.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("already exists inside the input directory");
    assertThat(Files.readString(c)).isEqualTo(before);
    assertThat(out).doesNotExist();

    // a file the last run wrote as its --unique may be replaced by the next run
    Path unique = dir.resolve("unique.jsonl");
    for (int i = 0; i < 2; i++) {
      run =
          CliRun.of(
              "dedup",
              dir.toString(),
              "--out",
              out.toString(),
              "--unique",
              unique.toString(),
              "--quiet");
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(run.out).contains("documents:            3");
    }
    assertThat(
            new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("unique").asText())
        .isEqualTo(unique.toRealPath().toString());
    // with another --out, nothing vouches for it
    run =
        CliRun.of(
            "dedup",
            dir.toString(),
            "--out",
            tmp.resolve("out2").toString(),
            "--unique",
            unique.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void utf16InputIsNamedAsUtf16WithTheConversionToRun() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    String text = STORY + "\n";
    Files.write(dir.resolve("le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    Path le = dir.resolve("le.txt");
    CliRun run = CliRun.of("dedup", le.toString(), "--out", tmp.resolve("o").toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("le.txt:1: UTF-16 text").contains("iconv -f utf-16le -t utf-8");

    Path be = dir.resolve("be.txt");
    Files.write(be, text.getBytes(StandardCharsets.UTF_16BE));
    run = CliRun.of("text", be.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("iconv -f utf-16be -t utf-8");

    String jsonl = "{\"id\":\"1\",\"text\":\"" + STORY + "\"}\n{\"id\":\"2\",\"text\":\"x\"}\n";
    Path bom = dir.resolve("bom.jsonl");
    Files.write(bom, jsonl.getBytes(StandardCharsets.UTF_16)); // big-endian, with its mark
    run = CliRun.of("dedup", bom.toString(), "--out", tmp.resolve("o").toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err)
        .contains("bom.jsonl:1: UTF-16 text (byte-order mark)")
        .contains("iconv -f utf-16 -t utf-8");

    Path noMark = dir.resolve("nomark.jsonl");
    Files.write(noMark, jsonl.getBytes(StandardCharsets.UTF_16LE));
    run = CliRun.of("dedup", noMark.toString(), "--out", tmp.resolve("o").toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("nomark.jsonl:1: UTF-16 text").contains("-f utf-16le");
    assertThat(tmp.resolve("o")).doesNotExist();

    // text with a few stray NULs is still a binary file, not UTF-16
    Path nul = dir.resolve("nul.txt");
    Files.write(nul, (STORY + "\0\0" + STORY).getBytes(StandardCharsets.UTF_8));
    run = CliRun.of("text", nul.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("binary file").doesNotContain("UTF-16");
  }
}
