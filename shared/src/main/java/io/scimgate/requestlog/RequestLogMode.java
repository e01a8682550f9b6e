package io.scimgate.requestlog;

import java.util.Locale;
import java.util.Optional;

/** What a tenant's request log keeps: nothing, failed requests (the default), or everything. */
public enum RequestLogMode {
  OFF,
  ERRORS,
  ALL;

  public static final RequestLogMode DEFAULT = ERRORS;

  /** {@code off|errors|all}, or empty for anything else. */
  public static Optional<RequestLogMode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (RequestLogMode mode : values()) {
      if (mode.wire().equals(text)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a request answered with {@code status} is kept. */
  public boolean keeps(int status) {
    return this == ALL || (this == ERRORS && status >= 400);
  }
}
