package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a compare HTML report in a real headless Chromium (Debian's {@code chromium} package),
 * driven over the DevTools protocol, clicks a shared passage in A and checks that its partner in B
 * is marked active and scrolled into view. Skipped when no Chromium is installed.
 */
class HtmlReportBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static Path chromium() {
    String env = System.getenv("DOPPEL_CHROMIUM");
    List<String> candidates = new ArrayList<>();
    if (env != null) {
      candidates.add(env);
    }
    candidates.addAll(
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void clickingAPassageActivatesAndRevealsItsPartner() throws Exception {
    Path chromium = chromium();
    Assumptions.assumeTrue(
        chromium != null,
        "browser test skipped: no Chromium found (apt-get install chromium, or set DOPPEL_CHROMIUM)");
    Path report = writeReport();
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    Process browser =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-allow-origins=*",
                "--remote-debugging-port=0",
                "--window-size=1200,800",
                "--user-data-dir=" + profile,
                report.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("chromium.log").toFile())
            .start();
    try (DevTools page = DevTools.connect(profile, report)) {
      waitFor(page, "document.readyState === 'complete'");
      assertThat(
              page.eval("document.getElementById('b-p0').classList.contains('active')").asBoolean())
          .isFalse();
      assertThat(page.eval(inView("b-p0")).asBoolean()).as("partner starts out of view").isFalse();
      JsonNode at =
          JSON.readTree(
              page.eval(
                      "(function(){var r=document.getElementById('a-p0').getBoundingClientRect();"
                          + "return JSON.stringify({x:r.left+3,y:r.top+r.height/2});})()")
                  .asText());
      page.click(at.get("x").asDouble(), at.get("y").asDouble());
      waitFor(page, "document.getElementById('b-p0').classList.contains('active')");
      assertThat(
              page.eval("document.getElementById('a-p0').classList.contains('active')").asBoolean())
          .isTrue();
      assertThat(page.eval(inView("b-p0")).asBoolean()).as("partner scrolled into view").isTrue();
    } finally {
      // Chromium's helper processes go on writing to the profile while they shut down: each is
      // waited for, or the temporary directory may not be deleted (a failure once in a full run)
      List<ProcessHandle> helpers = browser.descendants().toList();
      helpers.forEach(ProcessHandle::destroy);
      browser.destroy();
      browser.waitFor(10, TimeUnit.SECONDS);
      for (ProcessHandle helper : helpers) {
        try {
          helper.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          helper.destroyForcibly();
        }
      }
      // Chromium leaves Singleton* links to its socket outside the profile: remove the links so
      // that the temporary directory is cleaned up without JUnit's warning about them
      for (String link : new String[] {"SingletonSocket", "SingletonLock", "SingletonCookie"}) {
        Files.deleteIfExists(profile.resolve(link));
      }
    }
  }

  private static String inView(String id) {
    return "(function(){var e=document.getElementById('"
        + id
        + "');var c=e.closest('.text').getBoundingClientRect();var r=e.getBoundingClientRect();"
        + "return r.top>=c.top && r.top<c.bottom;})()";
  }

  private static void waitFor(DevTools page, String condition) throws Exception {
    for (int i = 0; i < 200; i++) {
      if (page.eval(condition).asBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("never true in the browser: " + condition);
  }

  /** A pair whose shared passage opens A and closes B, after many other paragraphs. */
  private Path writeReport() throws IOException {
    String shared =
        "The harbour authority confirmed on Sunday that the old lighthouse will be restored with "
            + "funds from the regional heritage programme, ending years of uncertainty.";
    StringBuilder a = new StringBuilder(shared).append("\n\n");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      a.append(filler("alpha", i)).append("\n\n");
      b.append(filler("omega", i)).append("\n\n");
    }
    b.append(shared).append('\n');
    Path pa = Files.writeString(tmp.resolve("a.txt"), a);
    Path pb = Files.writeString(tmp.resolve("b.txt"), b);
    Path out = tmp.resolve("report.html");
    CompareCommandTest.Run r =
        CompareCommandTest.run(
            "compare", pa.toString(), pb.toString(), "--format", "html", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return out;
  }

  private static String filler(String word, int i) {
    return String.format(
        Locale.ROOT,
        "Paragraph %d of %s%d filler%d text%d about nothing%d in particular%d here.",
        i,
        word,
        i,
        i * 7,
        i * 13,
        i * 17,
        i * 19);
  }

  /** A minimal DevTools-protocol client over the JDK's WebSocket. */
  private static final class DevTools implements AutoCloseable, WebSocket.Listener {
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private int nextId = 1;

    static DevTools connect(Path profile, Path report) throws Exception {
      Path portFile = profile.resolve("DevToolsActivePort");
      for (int i = 0; i < 400 && !Files.exists(portFile); i++) {
        Thread.sleep(50);
      }
      List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
      HttpClient http = HttpClient.newHttpClient();
      String pageUrl = null;
      for (int i = 0; i < 100 && pageUrl == null; i++) {
        String list =
            http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + lines.get(0) + "/json/list"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        for (JsonNode t : JSON.readTree(list)) {
          if ("page".equals(t.path("type").asText())
              && t.path("url").asText().endsWith("report.html")) {
            pageUrl = t.get("webSocketDebuggerUrl").asText();
          }
        }
        if (pageUrl == null) {
          Thread.sleep(50);
        }
      }
      assertThat(pageUrl).as("page target for " + report).isNotNull();
      DevTools d = new DevTools();
      d.socket =
          http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), d).get(30, TimeUnit.SECONDS);
      return d;
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
      int id = nextId++;
      ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
      msg.set("params", params);
      socket.sendText(msg.toString(), true).get(30, TimeUnit.SECONDS);
      while (true) {
        JsonNode m = messages.poll(30, TimeUnit.SECONDS);
        if (m == null) {
          throw new AssertionError("no DevTools answer to " + method);
        }
        if (m.path("id").asInt(-1) == id) {
          if (m.has("error")) {
            throw new AssertionError(method + ": " + m.get("error"));
          }
          return m.get("result");
        }
      }
    }

    JsonNode eval(String expression) throws Exception {
      ObjectNode p =
          JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
      return call("Runtime.evaluate", p).path("result").path("value");
    }

    void click(double x, double y) throws Exception {
      for (String type : List.of("mousePressed", "mouseReleased")) {
        ObjectNode p =
            JSON.createObjectNode()
                .put("type", type)
                .put("x", x)
                .put("y", y)
                .put("button", "left")
                .put("clickCount", 1);
        call("Input.dispatchMouseEvent", p);
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          messages.add(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public void close() {
      if (socket != null) {
        socket.abort();
      }
    }
  }
}
