package io.scimgate.requestlog;

import java.util.List;

/** HTTP status classes as the request log and health name them. */
final class StatusClass {
  /** The classes a filter may name. */
  static final List<String> FILTERABLE = List.of("2xx", "4xx", "5xx");

  private StatusClass() {}

  static String of(int status) {
    return (status / 100) + "xx";
  }
}
