package io.scimgate.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HttpApiEventsTest {

  private static JsonNode event(String json) throws Exception {
    return Json.parse(json);
  }

  @Test
  void request_carriesMethodRawPathParamsQueryAndLowerCasedHeaders() throws Exception {
    HttpRequest request =
        HttpApiEvents.toRequest(
            event(
                """
                {"version":"2.0","rawPath":"/tenants/acme/scim/v2/Users/42",
                 "headers":{"Authorization":"Bearer x","Content-Type":"application/json"},
                 "queryStringParameters":{"attributes":"userName,emails","aadOptscim062020":""},
                 "pathParameters":{"tenantId":"acme","id":"42"},
                 "requestContext":{"requestId":"req-1","http":{"method":"patch"}},
                 "body":"{}","isBase64Encoded":false}
                """));

    assertEquals("PATCH", request.method());
    assertEquals("/tenants/acme/scim/v2/Users/42", request.path());
    assertEquals("42", request.pathParam("id").orElseThrow());
    assertEquals("Bearer x", request.header("Authorization").orElseThrow());
    assertEquals("userName,emails", request.queryParam("attributes").orElseThrow());
    assertEquals("req-1", request.requestId());
    assertEquals("{}", request.body());
  }

  @Test
  void request_decodesBase64Bodies() throws Exception {
    String encoded =
        Base64.getEncoder().encodeToString("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpApiEvents.toRequest(
            event(
                "{\"rawPath\":\"/x\",\"requestContext\":{\"http\":{\"method\":\"POST\"}},\"body\":\""
                    + encoded
                    + "\",\"isBase64Encoded\":true}"));

    assertEquals("{\"a\":\"é\"}", request.body());
    assertFalse(request.bodyMalformed());
  }

  @Test
  void request_base64BodyNotUtf8_isMarkedMalformed_notReplaced() throws Exception {
    String encoded =
        Base64.getEncoder().encodeToString(new byte[] {'{', '"', (byte) 0xe9, '"', '}'});
    HttpRequest request =
        HttpApiEvents.toRequest(
            event(
                "{\"rawPath\":\"/x\",\"requestContext\":{\"http\":{\"method\":\"POST\"}},\"body\":\""
                    + encoded
                    + "\",\"isBase64Encoded\":true}"));

    assertTrue(request.bodyMalformed());
    assertNull(request.body());
  }

  @Test
  void request_base64BodyNotBase64_isMarkedMalformed() throws Exception {
    HttpRequest request =
        HttpApiEvents.toRequest(
            event(
                "{\"rawPath\":\"/x\",\"requestContext\":{\"http\":{\"method\":\"POST\"}},"
                    + "\"body\":\"not base64!\",\"isBase64Encoded\":true}"));

    assertTrue(request.bodyMalformed());
  }

  @Test
  void request_withoutOptionalSections_hasEmptyMapsAndAGeneratedRequestId() throws Exception {
    HttpRequest request =
        HttpApiEvents.toRequest(
            event("{\"rawPath\":\"/x\",\"requestContext\":{\"http\":{\"method\":\"GET\"}}}"));

    assertNull(request.body());
    assertEquals(0, request.query().size());
    assertFalse(request.requestId().isEmpty());
  }

  @Test
  void response_isThePayloadFormat2Shape() {
    JsonNode out =
        HttpApiEvents.toEvent(
            HttpResponse.scim(201, "{\"id\":\"1\"}").withHeader("ETag", "W/\"1\""));

    assertEquals(201, out.path("statusCode").asInt());
    assertEquals("application/scim+json", out.path("headers").path("Content-Type").asText());
    assertEquals("W/\"1\"", out.path("headers").path("ETag").asText());
    assertEquals("{\"id\":\"1\"}", out.path("body").asText());
    assertFalse(out.path("isBase64Encoded").asBoolean(true));
  }

  @Test
  void response_withoutBody_omitsIt() {
    assertFalse(HttpApiEvents.toEvent(HttpResponse.empty(204)).has("body"));
  }
}
