package io.scimgate.functions.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.testing.CapturedStdout;
import io.scimgate.testing.EventFixtures;
import io.scimgate.testing.LogLines;
import io.scimgate.testing.TestLambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code events/users-*.json} fixture through one handler instance, as one Lambda sandbox
 * would serve them: each invocation ends with exactly one access line naming the Lambda request id,
 * function, cold start (first only), tenant, route and detected IdP, and no token or password from
 * the fixtures reaches standard output. The assertions are on captured text ({@link LogLines}), so
 * they apply unchanged to a function process run from its jar.
 */
class UsersHandlerLogIT {

  @Test
  void fixtures_logOneAccessLineEach_withContext_andNoSecrets() throws Exception {
    UsersHandler handler = new UsersHandler(EventFixtures.componentsAcceptingFixtureToken());
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(EventFixtures.directory())) {
      fixtures =
          files.filter(p -> p.getFileName().toString().startsWith("users-")).sorted().toList();
    }
    List<String> secrets = new ArrayList<>(List.of(EventFixtures.TOKEN, "Bearer "));
    String captured;
    try (CapturedStdout out = new CapturedStdout()) {
      int n = 0;
      for (Path fixture : fixtures) {
        byte[] event = Files.readAllBytes(fixture);
        passwordOf(event, secrets);
        handler.handleRequest(
            new ByteArrayInputStream(event),
            new ByteArrayOutputStream(),
            new TestLambdaContext("invocation-" + n++, "scimgate-UsersFunction"));
      }
      captured = out.text();
    }
    assertFalse(secrets.size() < 3, "the Okta create fixtures carry a password to look for");
    LogLines lines = LogLines.of(captured).assertContextOnEveryLine();
    lines.assertNoneOf(secrets.toArray(String[]::new));
    List<JsonNode> access = lines.access();
    assertEquals(fixtures.size(), access.size(), captured);
    for (int i = 0; i < access.size(); i++) {
      JsonNode line = access.get(i);
      String name = fixtures.get(i).getFileName().toString();
      assertEquals("invocation-" + i, line.path("requestId").asText(), name);
      assertEquals("scimgate-UsersFunction", line.path("function").asText());
      assertEquals(i == 0, line.path("coldStart").asBoolean(), name);
      assertEquals("acme", line.path("tenant").asText(), name);
      assertFalse(line.path("route").asText().isEmpty(), name);
      String idp = name.contains("-okta") ? "okta" : name.contains("-entra") ? "entra" : null;
      if (idp != null) {
        assertEquals(idp, line.path("idp").asText(), name);
      }
      LogLines.assertEmf(line);
    }
  }

  private static void passwordOf(byte[] event, List<String> secrets) throws Exception {
    JsonNode body = Json.MAPPER.readTree(event).path("body");
    if (body.isTextual() && body.asText().contains("password")) {
      JsonNode password = Json.parse(body.asText()).path("password");
      if (password.isTextual()) {
        secrets.add(password.asText());
      }
    }
  }
}
