package io.scimgate.scim.users;

import static io.scimgate.scim.users.FrontDoorEvents.USER_PREFIX;
import static io.scimgate.scim.users.FrontDoorEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.lambda.HttpApiEvents;
import io.scimgate.scim.endpoint.ScimFrontDoor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 7644 §3.8: bodies are UTF-8. Bytes that are not, and JSON escapes that are not Unicode (a
 * lone surrogate), are 400 invalidSyntax from the API Gateway event on, and nothing is stored.
 */
class UserRequestDecodingTest {
  private final FrontDoorEvents events = new FrontDoorEvents();
  private final InMemoryUserStore users = events.users;
  private final ScimFrontDoor door = events.door;

  @Test
  void post_bodyBytesNotUtf8_is400InvalidSyntax_andStoresNothing() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(USER_PREFIX.getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'b', (byte) 0xff, (byte) 0xc3, '"', '}'});

    HttpResponse response =
        door.handle(HttpApiEvents.toRequest(event("POST", bytes.toByteArray(), true)));

    assertError(response, 400, "invalidSyntax");
    assertEquals(0, listed());
  }

  @Test
  void post_overlongUtf8Encoding_is400InvalidSyntax() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(USER_PREFIX.getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xc0, (byte) 0xaf, '"', '}'});

    HttpResponse response =
        door.handle(HttpApiEvents.toRequest(event("POST", bytes.toByteArray(), true)));

    assertError(response, 400, "invalidSyntax");
  }

  @Test
  void post_base64BodyThatIsUtf8_isCreated() throws Exception {
    byte[] body = (USER_PREFIX + "zoë\"}").getBytes(StandardCharsets.UTF_8);

    HttpResponse response = door.handle(HttpApiEvents.toRequest(event("POST", body, true)));

    assertEquals(201, response.status());
    assertEquals("zoë", Json.parse(response.body()).path("userName").asText());
  }

  @Test
  void post_escapedLoneSurrogate_is400InvalidSyntax_andStoresNothing() throws Exception {
    for (String escape : List.of("\\ud800", "\\udc00", "a\\ud83d", "\\ude00\\ud83d")) {
      byte[] body = (USER_PREFIX + escape + "\"}").getBytes(StandardCharsets.UTF_8);

      HttpResponse response = door.handle(HttpApiEvents.toRequest(event("POST", body, false)));

      assertError(response, 400, "invalidSyntax");
    }
    assertEquals(0, listed());
  }

  @Test
  void post_escapedSurrogatePair_isKept() throws Exception {
    byte[] body = (USER_PREFIX + "\\ud83d\\ude00\"}").getBytes(StandardCharsets.UTF_8);

    HttpResponse response = door.handle(HttpApiEvents.toRequest(event("POST", body, false)));

    assertEquals(201, response.status());
    assertEquals("\uD83D\uDE00", Json.parse(response.body()).path("userName").asText());
  }

  @Test
  void patch_loneSurrogateInAKey_is400InvalidSyntax() throws Exception {
    String id =
        Json.parse(
                door.handle(
                        HttpApiEvents.toRequest(
                            event(
                                "POST",
                                (USER_PREFIX + "b\"}").getBytes(StandardCharsets.UTF_8),
                                false)))
                    .body())
            .path("id")
            .asText();
    String patch =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"nick\\udbffName\":\"x\"}}]}";
    ObjectNode event = event("PATCH", patch.getBytes(StandardCharsets.UTF_8), false);
    event.putObject("pathParameters").put("tenantId", "acme").put("id", id);
    event.put("rawPath", "/tenants/acme/scim/v2/Users/" + id);

    assertError(door.handle(HttpApiEvents.toRequest(event)), 400, "invalidSyntax");
    assertEquals(1L, users.get("acme", id).orElseThrow().version());
  }

  private int listed() throws Exception {
    ObjectNode event = event("GET", null, false);
    JsonNode list = Json.parse(door.handle(HttpApiEvents.toRequest(event)).body());
    return list.path("totalResults").asInt(-1);
  }

  private static void assertError(HttpResponse response, int status, String scimType)
      throws Exception {
    JsonNode body = Json.parse(response.body());
    assertEquals(status, response.status(), response.body());
    assertEquals(scimType, body.path("scimType").asText(), response.body());
  }
}
