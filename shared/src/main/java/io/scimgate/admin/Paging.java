package io.scimgate.admin;

import io.scimgate.http.HttpRequest;

/** The {@code limit} query parameter of the admin listings: absent means the default. */
final class Paging {
  private Paging() {}

  static int limit(HttpRequest request, int defaultLimit, int maxLimit) {
    String text = request.queryParam("limit").orElse("");
    if (text.isEmpty()) {
      return defaultLimit;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= maxLimit) {
        return limit;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw AdminException.badRequest("\"limit\" must be 1 to " + maxLimit + ".");
  }
}
