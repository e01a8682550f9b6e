package io.scimgate.requestlog;

import static io.scimgate.requestlog.RequestLogFixture.OKTA;
import static io.scimgate.requestlog.RequestLogFixture.json;
import static io.scimgate.requestlog.RequestLogFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.store.dynamo.Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue #10 item 4 and 6: the per-tenant request log over DynamoDB Local, through the admin API.
 */
class RequestLogIT {
  static final String SECRET = "hunter2-Correct-Horse";

  @Test
  void errorsMode_recordsFailuresWithDetail_redacted_newestFirst_withTtl() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    String token = f.tenant("acme");
    assertEquals(
        201, f.scim("acme", token, OKTA, "POST", "/Users", user("ada@acme.test", SECRET)).status());
    f.clock.advance(Duration.ofSeconds(1));
    assertEquals(
        409, f.scim("acme", token, OKTA, "POST", "/Users", user("ADA@acme.test", SECRET)).status());
    f.clock.advance(Duration.ofSeconds(1));
    assertEquals(
        401, f.scim("acme", "scim_" + "B".repeat(43), OKTA, "GET", "/Users", null).status());

    JsonNode page = json(f.admin("GET", "/admin/tenants/acme/requests", null));
    JsonNode requests = page.path("requests");
    assertEquals(2, requests.size(), page.toString());
    assertTrue(page.get("nextCursor").isNull());
    JsonNode unauthorised = requests.get(0);
    JsonNode conflict = requests.get(1);
    assertEquals(401, unauthorised.path("status").asInt());
    assertTrue(unauthorised.path("tokenId").isNull());
    assertEquals(409, conflict.path("status").asInt());
    assertEquals("POST", conflict.path("method").asText());
    assertEquals("/tenants/acme/scim/v2/Users", conflict.path("path").asText());
    assertEquals("uniqueness", conflict.path("scimType").asText());
    assertFalse(conflict.path("detail").asText().isEmpty());
    assertEquals("okta", conflict.path("idp").asText());
    assertEquals(OKTA, conflict.path("userAgent").asText());
    assertFalse(conflict.path("tokenId").isNull());
    assertTrue(conflict.path("latencyMs").isNumber());
    assertTrue(
        conflict.path("request").asText().contains("\"password\":\"[redacted]\""),
        conflict.toString());
    assertTrue(conflict.path("response").asText().contains("uniqueness"));
    assertFalse(page.toString().contains(SECRET));
    assertFalse(page.toString().contains(token));

    List<Map<String, AttributeValue>> items = items(f, RequestLogKeys.log("acme"));
    assertEquals(2, items.size());
    for (Map<String, AttributeValue> item : items) {
      assertFalse(item.toString().contains(SECRET));
      long expires = Long.parseLong(item.get(Keys.EXPIRES_AT).n());
      Instant time = Instant.parse(item.get("time").s());
      assertEquals(time.plus(Duration.ofDays(14)).getEpochSecond(), expires);
    }
  }

  @Test
  void offRecordsNothing_allRecordsEverything_filtersAndPagingAreBounded() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    String token = f.tenant("acme");
    assertEquals(
        200, f.admin("PUT", "/admin/tenants/acme/request-log", "{\"mode\":\"off\"}").status());
    f.scim("acme", token, OKTA, "POST", "/Users", user("ada@acme.test", SECRET));
    f.scim("acme", token, OKTA, "POST", "/Users", user("ada@acme.test", SECRET));
    assertEquals(0, items(f, RequestLogKeys.log("acme")).size());
    assertEquals(
        0, json(f.admin("GET", "/admin/tenants/acme/requests", null)).path("requests").size());

    assertEquals(
        200, f.admin("PUT", "/admin/tenants/acme/request-log", "{\"mode\":\"all\"}").status());
    assertEquals(
        "all", json(f.admin("GET", "/admin/tenants/acme", null)).path("requestLog").asText());
    String id =
        json(f.scim("acme", token, OKTA, "POST", "/Users", user("grace@acme.test", SECRET)))
            .path("id")
            .asText();
    f.clock.advance(Duration.ofSeconds(1));
    f.scim("acme", token, OKTA, "GET", "/Users/" + id, null);
    f.clock.advance(Duration.ofSeconds(1));
    f.scim("acme", token, OKTA, "POST", "/Users", user("grace@acme.test", SECRET));
    f.clock.advance(Duration.ofSeconds(1));
    f.scim("acme", token, OKTA, "GET", "/Users/no-such-user", null);

    JsonNode about =
        json(f.admin("GET", "/admin/tenants/acme/requests?resourceId=" + id, null))
            .path("requests");
    assertEquals(List.of(200, 201), statuses(about));
    JsonNode ok =
        json(f.admin("GET", "/admin/tenants/acme/requests?status=2xx", null)).path("requests");
    assertEquals(List.of(200, 201), statuses(ok));
    JsonNode failed =
        json(f.admin("GET", "/admin/tenants/acme/requests?status=4xx", null)).path("requests");
    assertEquals(List.of(404, 409), statuses(failed));
    JsonNode okAbout =
        json(f.admin("GET", "/admin/tenants/acme/requests?status=4xx&resourceId=" + id, null));
    assertEquals(0, okAbout.path("requests").size());

    List<Integer> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          json(
              f.admin(
                  "GET",
                  "/admin/tenants/acme/requests?limit=1"
                      + (cursor == null ? "" : "&cursor=" + cursor),
                  null));
      page.path("requests").forEach(r -> paged.add(r.path("status").asInt()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (cursor != null && pages < 10);
    assertEquals(List.of(404, 409, 200, 201), paged);
  }

  @Test
  void badInput_isA400or404_withTheAdminErrorBody() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    f.tenant("acme");
    for (String query :
        List.of(
            "status=3xx",
            "status=oops",
            "limit=0",
            "limit=101",
            "limit=x",
            "cursor=%%%",
            "cursor=bm90LWEtY3Vyc29y")) {
      var response = f.admin("GET", "/admin/tenants/acme/requests?" + query, null);
      assertEquals(400, response.status(), query);
      assertTrue(json(response).path("message").isTextual(), query);
    }
    assertEquals(
        200,
        f.admin("GET", "/admin/tenants/acme/requests?limit=", null).status(),
        "an empty limit is the default, as on every admin listing");
    assertEquals(404, f.admin("GET", "/admin/tenants/nobody/requests", null).status());
    assertEquals(
        400, f.admin("PUT", "/admin/tenants/acme/request-log", "{\"mode\":\"verbose\"}").status());
    assertEquals(400, f.admin("PUT", "/admin/tenants/acme/request-log", "not json").status());
    assertEquals(
        404, f.admin("PUT", "/admin/tenants/nobody/request-log", "{\"mode\":\"all\"}").status());
    assertEquals(400, f.admin("PUT", "/admin/tenants/acme/stale-after", "{\"hours\":0}").status());
    assertEquals(
        "errors", json(f.admin("GET", "/admin/tenants/acme", null)).path("requestLog").asText());
  }

  @Test
  void hugeOrBinaryBodies_areLoggedCutAndRedacted_neverWhole() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    String token = f.tenant("acme");
    String huge =
        "{\"password\":\"" + SECRET + "\",\"pad\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}";
    assertEquals(413, f.scim("acme", token, OKTA, "POST", "/Users", huge).status());
    f.clock.advance(Duration.ofSeconds(1));
    String garbage =
        new String(
            new byte[] {
              0, 1, 2, (byte) 0xff, 'p', 'a', 's', 's', 'w', 'o', 'r', 'd', '=', 'x', 'y'
            },
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals(400, f.scim("acme", token, OKTA, "POST", "/Users", garbage).status());
    JsonNode requests = json(f.admin("GET", "/admin/tenants/acme/requests", null)).path("requests");
    assertEquals(2, requests.size());
    String binary = requests.get(0).path("request").asText();
    assertFalse(binary.contains("\u0000") || binary.contains("xy"), binary);
    String cut = requests.get(1).path("request").asText();
    assertTrue(cut.length() <= RequestRecorder.MAX_BODY_CHARS + 64, "length " + cut.length());
    assertTrue(cut.contains("[truncated; " + huge.length() + " chars]"));
    assertFalse(cut.contains(SECRET));
  }

  static List<Integer> statuses(JsonNode requests) {
    List<Integer> out = new ArrayList<>();
    requests.forEach(r -> out.add(r.path("status").asInt()));
    return out;
  }

  static List<Map<String, AttributeValue>> items(RequestLogFixture f, String pk) {
    return f.dynamo
        .client()
        .query(r ->
            r.tableName(f.dynamo.table())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))))
        .items();
  }
}
