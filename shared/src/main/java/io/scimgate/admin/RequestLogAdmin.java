package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.requestlog.DynamoRequestLog;
import io.scimgate.requestlog.RequestLogEntry;
import io.scimgate.requestlog.RequestLogMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The per-tenant request log and its settings (issue #10): {@code GET requests}, {@code PUT
 * request-log} and {@code PUT stale-after}. Every read is one Query on one partition (plus one
 * BatchGetItem when filtered): no scan.
 */
record RequestLogAdmin(TenantAdmin tenants, AdminPorts ports) {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_STALE_HOURS = 24 * 365;

  /**
   * Writes entries field by field in their declared order; instants as {@link Instant#toString}.
   */
  private static final ObjectMapper ENTRIES =
      Json.MAPPER
          .copy()
          .registerModule(
              new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));

  HttpResponse list(HttpRequest request, Map<String, String> params) {
    String tenantId = tenants.require(params).tenantId();
    int limit = QueryParams.limit(request, DEFAULT_LIMIT, DynamoRequestLog.MAX_LIMIT);
    String status = request.queryParam("status").orElse(null);
    if (status != null && !List.of("2xx", "4xx", "5xx").contains(status)) {
      throw AdminException.badRequest("\"status\" must be 2xx, 4xx or 5xx.");
    }
    String resourceId = request.queryParam("resourceId").orElse(null);
    if (resourceId != null
        && (resourceId.isEmpty() || resourceId.getBytes(StandardCharsets.UTF_8).length > 512)) {
      throw AdminException.badRequest("\"resourceId\" must be 1-512 bytes.");
    }
    DynamoRequestLog.Page page;
    try {
      page =
          ports
              .observations()
              .log()
              .read(tenantId, limit, request.queryParam("cursor").orElse(null), status, resourceId);
    } catch (IllegalArgumentException badCursor) {
      throw AdminException.badRequest("\"cursor\" is not a nextCursor of this request log.");
    }
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("requests");
    page.entries().forEach(e -> list.add(json(e)));
    out.put("nextCursor", page.nextCursor());
    return AdminJson.respond(200, out);
  }

  HttpResponse putMode(HttpRequest request, Map<String, String> params) {
    String tenantId = tenants.require(params).tenantId();
    JsonNode mode = AdminJson.body(request).get("mode");
    RequestLogMode parsed =
        RequestLogMode.parse(mode != null && mode.isTextual() ? mode.asText() : null)
            .orElseThrow(() -> AdminException.badRequest("\"mode\" must be off, errors or all."));
    if (!ports.observations().settings().setMode(tenantId, parsed)) {
      throw AdminException.notFound("No tenant " + tenantId + ".");
    }
    ObjectNode out = Json.object();
    out.put("tenantId", tenantId);
    out.put("mode", parsed.wire());
    return AdminJson.respond(200, out);
  }

  HttpResponse putStaleAfter(HttpRequest request, Map<String, String> params) {
    String tenantId = tenants.require(params).tenantId();
    JsonNode hours = AdminJson.body(request).get("hours");
    if (hours == null
        || !hours.isIntegralNumber()
        || hours.asLong() < 1
        || hours.asLong() > MAX_STALE_HOURS) {
      throw AdminException.badRequest(
          "\"hours\" must be a whole number from 1 to " + MAX_STALE_HOURS + ".");
    }
    if (!ports.observations().settings().setStaleAfterHours(tenantId, hours.intValue())) {
      throw AdminException.notFound("No tenant " + tenantId + ".");
    }
    ObjectNode out = Json.object();
    out.put("tenantId", tenantId);
    out.put("staleAfterHours", hours.intValue());
    return AdminJson.respond(200, out);
  }

  /** An entry as the API shows it: every field but the request id, the time as ISO-8601 text. */
  static ObjectNode json(RequestLogEntry e) {
    ObjectNode o = ENTRIES.valueToTree(e);
    o.remove("requestId");
    return o;
  }
}
