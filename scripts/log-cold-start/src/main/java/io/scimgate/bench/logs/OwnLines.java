package io.scimgate.bench.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** What io.scimgate.log.Log and the access line do: a Jackson tree, one println. */
final class OwnLines {
  private OwnLines() {}

  static void log(int n) {
    ObjectNode line = FirstLine.MAPPER.createObjectNode();
    line.put("timestamp", Instant.now().toString());
    line.put("level", "INFO");
    line.put("requestId", "req-" + n);
    line.put("function", "users");
    line.put("coldStart", n == 1);
    line.put("tenant", "acme");
    line.put("route", "GET /tenants/{tenantId}/scim/v2/Users");
    line.put("event", "access");
    line.put("status", 200);
    print(line);
  }

  static void emf(int n) {
    ObjectNode line = FirstLine.MAPPER.createObjectNode();
    ObjectNode aws = line.putObject("_aws");
    aws.put("Timestamp", System.currentTimeMillis());
    ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
    directive.put("Namespace", "scimgate");
    directive.putArray("Dimensions").addArray().add("function").add("route");
    directive.putArray("Metrics").addObject().put("Name", "requests").put("Unit", "Count");
    line.put("function", "users");
    line.put("route", "GET /tenants/{tenantId}/scim/v2/Users");
    line.put("requests", 1);
    print(line);
  }

  private static void print(ObjectNode line) {
    try {
      System.out.println(FirstLine.MAPPER.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
