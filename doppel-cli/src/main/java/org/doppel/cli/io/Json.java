package org.doppel.cli.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** The CLI's one JSON mapper, and small helpers for JSON lines. */
public final class Json {

  /** Shared, thread-safe mapper. */
  public static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** One line of JSON, without a trailing newline. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass(), e);
    }
  }

  /**
   * A streaming generator for JSON lines over {@code out}: the caller writes one object and a raw
   * newline per line. Closing the generator flushes it but leaves {@code out} open.
   */
  public static JsonGenerator lines(Writer out) throws IOException {
    JsonGenerator g = MAPPER.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null); // lines are separated by the caller's newline alone
    return g;
  }

  /** Rounds a score to 6 decimals for output. */
  public static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
