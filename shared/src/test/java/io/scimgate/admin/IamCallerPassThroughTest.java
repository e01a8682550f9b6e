package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.json.Json;
import io.scimgate.lambda.HttpApiEvents;
import org.junit.jupiter.api.Test;

/** Only API Gateway's verified IAM identity may reach the admin front door as the caller header. */
class IamCallerPassThroughTest {

  @Test
  void iamUserArn_becomesTheCallerHeader() {
    ObjectNode event = event("GET", "/admin/tenants/acme");
    iam(event).put("userArn", "arn:aws:iam::123456789012:user/ops").put("callerId", "AIDAEXAMPLE");

    HttpRequest request = HttpApiEvents.toRequest(event);

    assertEquals(
        "arn:aws:iam::123456789012:user/ops",
        request.header(AdminAuthenticator.IAM_CALLER_HEADER).orElseThrow());
  }

  @Test
  void callerId_isUsedWhenThereIsNoUserArn() {
    ObjectNode event = event("GET", "/admin/tenants/acme");
    iam(event).put("callerId", "AROAEXAMPLE:session");

    assertEquals(
        "AROAEXAMPLE:session",
        HttpApiEvents.toRequest(event).header(AdminAuthenticator.IAM_CALLER_HEADER).orElseThrow());
  }

  @Test
  void aClientSentCallerHeader_isDropped() {
    ObjectNode event = event("GET", "/admin/tenants/acme");
    ((ObjectNode) event.get("headers"))
        .put("X-Scimgate-Iam-Caller", "arn:aws:iam::666:user/forged");

    HttpRequest request = HttpApiEvents.toRequest(event);

    assertTrue(request.header(AdminAuthenticator.IAM_CALLER_HEADER).isEmpty());
  }

  @Test
  void aForgedHeader_isReplacedByTheVerifiedIdentity() {
    ObjectNode event = event("GET", "/admin/tenants/acme");
    ((ObjectNode) event.get("headers")).put("x-scimgate-iam-caller", "forged");
    iam(event).put("userArn", "arn:aws:iam::1:user/real");

    assertEquals(
        "arn:aws:iam::1:user/real",
        HttpApiEvents.toRequest(event).header(AdminAuthenticator.IAM_CALLER_HEADER).orElseThrow());
  }

  private static ObjectNode iam(ObjectNode event) {
    return ((ObjectNode) event.get("requestContext")).putObject("authorizer").putObject("iam");
  }

  private static ObjectNode event(String method, String path) {
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("rawPath", path);
    event.putObject("headers").put("host", "api.example.test");
    event.putObject("requestContext").putObject("http").put("method", method).put("path", path);
    return event;
  }
}
