package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.requestlog.RequestLogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request log's entries keep the fixed contract of docs/admin.md, "Request log". */
class RequestLogAdminTest {
  @Test
  void json_hasTheContractFieldsInOrder_withoutTheRequestId() throws Exception {
    RequestLogEntry entry =
        new RequestLogEntry(
            Instant.parse("2025-03-01T09:00:00.123Z"),
            "req-1",
            "POST",
            "/tenants/acme/scim/v2/Users",
            409,
            12.5,
            "okta",
            "Okta SCIM Client 1.0.0",
            "token-1",
            null,
            "uniqueness",
            "userName exists",
            "{\"userName\":\"a\"}",
            null);

    ObjectNode json = RequestLogAdmin.json(entry);

    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of(
            "time",
            "method",
            "path",
            "status",
            "latencyMs",
            "idp",
            "userAgent",
            "tokenId",
            "resourceId",
            "scimType",
            "detail",
            "request",
            "response"),
        fields);
    assertEquals(
        Json.parse(
            """
            {"time":"2025-03-01T09:00:00.123Z","method":"POST",\
            "path":"/tenants/acme/scim/v2/Users","status":409,"latencyMs":12.5,"idp":"okta",\
            "userAgent":"Okta SCIM Client 1.0.0","tokenId":"token-1","resourceId":null,\
            "scimType":"uniqueness","detail":"userName exists","request":"{\\"userName\\":\\"a\\"}",\
            "response":null}\
            """),
        json);
    assertEquals(409, json.get("status").intValue());
    assertEquals(true, json.get("status").isInt());
    assertEquals(true, json.get("latencyMs").isDouble());
  }
}
