package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.lambda.HttpApiEvents;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For any body bytes or text, {@code POST /Users} from an API Gateway event answers 201 or a SCIM
 * 4xx, never anything else; a rejected body stores nothing, and an accepted one stores exactly the
 * text the client sent (no replacement character appears that was not sent).
 */
class RequestDecodingPropertiesTest {
  private final FrontDoorEvents events = new FrontDoorEvents();

  @Property(tries = 300)
  void anyBytesInTheUserName_areStoredExactlyOrRefused(@ForAll("nameBytes") byte[] name)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(FrontDoorEvents.USER_PREFIX.getBytes(StandardCharsets.UTF_8));
    body.write(name);
    body.write("\"}".getBytes(StandardCharsets.UTF_8));
    int before = events.users.users.size();

    HttpResponse response =
        events.door.handle(
            HttpApiEvents.toRequest(FrontDoorEvents.event("POST", body.toByteArray(), true)));

    assertOutcome(response, before);
    Statistics.collect(response.status() == 201 ? "created" : "refused");
    Statistics.coverage(c -> {
      c.check("created").percentage(p -> p > 10);
      c.check("refused").percentage(p -> p > 10);
    });
    if (response.status() == 201) {
      String sent = strictUtf8(body.toByteArray());
      JsonNode stored = Json.parse(sent).path("userName");
      assertEquals(stored, Json.parse(response.body()).path("userName"));
    }
  }

  @Property(tries = 300)
  void anyTextBody_isCreatedOrScim4xx(@ForAll("texts") String body) throws Exception {
    int before = events.users.users.size();

    HttpResponse response =
        events.door.handle(HttpApiEvents.toRequest(FrontDoorEvents.textEvent("POST", body)));

    assertOutcome(response, before);
    if (response.status() == 201) {
      String userName = Json.parse(response.body()).path("userName").asText();
      assertTrue(userName.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), userName);
    }
  }

  private void assertOutcome(HttpResponse response, int usersBefore) throws Exception {
    assertTrue(
        response.status() == 201 || response.status() >= 400 && response.status() < 500,
        response.status() + " " + response.body());
    if (response.status() != 201) {
      assertEquals(
          "urn:ietf:params:scim:api:messages:2.0:Error",
          Json.parse(response.body()).path("schemas").path(0).asText());
      assertEquals(usersBefore, events.users.users.size(), "a refused body stored a user");
    }
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Provide
  Arbitrary<byte[]> nameBytes() {
    Arbitrary<byte[]> utf8 =
        Arbitraries.strings()
            .ofMaxLength(12)
            .map(s -> s.replace("\\", "").replace("\"", "").getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
    return Arbitraries.oneOf(utf8, raw);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragment =
        Arbitraries.of(
            FrontDoorEvents.USER_PREFIX,
            "b",
            "\\ud800",
            "\\udc00",
            "\\ud83d\\ude00",
            "\ud800",
            "\udfff",
            "\ud83d\ude00",
            "\\u0000",
            "\\",
            "\"",
            "}",
            "{",
            "\"}",
            ",\"active\":true",
            ",\"active\":\"x\"",
            "\u00e9",
            "\ufffd",
            ":",
            "[",
            "]",
            "\n");
    return fragment
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(parts -> String.join("", parts))
        .edgeCases(e -> e.add(FrontDoorEvents.USER_PREFIX + "\\ud800\"}"));
  }
}
