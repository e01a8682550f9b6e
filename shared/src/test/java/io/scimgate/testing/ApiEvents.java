package io.scimgate.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** API Gateway HTTP API (payload 2.0) events built in tests, shaped like the fixtures. */
public final class ApiEvents {
  private ApiEvents() {}

  /**
   * @param routeKey the template route, e.g. {@code POST /tenants/{tenantId}/scim/v2/Users}
   * @param path the raw path
   */
  public static byte[] event(
      String routeKey,
      String path,
      Map<String, String> pathParameters,
      Map<String, String> query,
      Map<String, String> headers,
      String body) {
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("routeKey", routeKey);
    event.put("rawPath", path);
    ObjectNode params = event.putObject("pathParameters");
    pathParameters.forEach(params::put);
    ObjectNode q = event.putObject("queryStringParameters");
    query.forEach(q::put);
    ObjectNode h = event.putObject("headers");
    h.put("host", "scim.test");
    headers.forEach(h::put);
    ObjectNode context = event.putObject("requestContext");
    context.putObject("http").put("method", routeKey.split(" ")[0]).put("path", path);
    context.put("requestId", "api-" + System.nanoTime());
    if (body != null) {
      event.put("body", body);
    }
    event.put("isBase64Encoded", false);
    return Json.write(event).getBytes(StandardCharsets.UTF_8);
  }
}
