package io.scimgate.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON document whose text holds a lone UTF-16 surrogate, such as the escape {@code "\ud800"}:
 * valid JSON grammar (RFC 8259 §8.2 allows it) but not Unicode, so it cannot be stored as UTF-8
 * without being changed.
 */
public final class UnpairedSurrogateException extends JsonProcessingException {
  private static final long serialVersionUID = 1L;

  UnpairedSurrogateException() {
    super("The document contains an unpaired UTF-16 surrogate.");
  }
}
