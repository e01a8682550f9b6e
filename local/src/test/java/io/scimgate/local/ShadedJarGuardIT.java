package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the shade configuration of the function jars (issue 8): a DynamoDB transaction (POST
 * /Users) and batch reads (a group's members, a user's groups in a list) through the real jars. The
 * SDK's endpoint interceptor needs {@code services/dynamodb/jmespath/**} for those calls; the
 * control case serves a copy of the Users jar without it and sees the 500 the missing classes cause
 * in Lambda, so this test fails if that shade exclusion comes back.
 */
class ShadedJarGuardIT {
  private static final String JMESPATH = "software/amazon/awssdk/services/dynamodb/jmespath/";
  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"ada@example.com\"}";

  @TempDir Path dir;

  @Test
  void transactionsAndBatches_workThroughTheShippedJars() throws Exception {
    try (LocalRunner runner = LocalRunner.start(Config.forTests(dir.resolve("data")))) {
      HttpResponse<String> user = send(runner, "POST", "/Users", USER);
      assertEquals(201, user.statusCode(), user.body());
      String userId = Json.parse(user.body()).path("id").asText();
      HttpResponse<String> group =
          send(
              runner,
              "POST",
              "/Groups",
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Ops\","
                  + "\"members\":[{\"value\":\""
                  + userId
                  + "\"}]}");
      assertEquals(201, group.statusCode(), group.body());
      String groupId = Json.parse(group.body()).path("id").asText();

      JsonNode members = Json.parse(send(runner, "GET", "/Groups/" + groupId, null).body());
      assertEquals(userId, members.at("/members/0/value").asText(), members.toString());
      HttpResponse<String> page = send(runner, "GET", "/Users?startIndex=1&count=2", null);
      assertEquals(200, page.statusCode(), page.body());
      assertEquals(groupId, Json.parse(page.body()).at("/Resources/0/groups/0/value").asText());
    }
  }

  @Test
  void control_aUsersJarWithoutJmesPath_failsTheTransactionAsLambdaWould() throws Exception {
    Path template = TemplateFile.locate(Path.of(""));
    Path shipped = template.getParent().resolve("functions/users/target/users-function.jar");
    Path stripped = dir.resolve("users-function-without-jmespath.jar");
    copyWithout(shipped, stripped, JMESPATH);
    Path copy = dir.resolve("template.yaml");
    Files.writeString(
        copy,
        Files.readString(template)
            .replace("CodeUri: functions/users/target/users-function.jar", "CodeUri: " + stripped));
    Config defaults = Config.forTests(dir.resolve("control"));

    try (LocalRunner runner =
        LocalRunner.start(
            new Config(
                defaults.port(),
                defaults.dataDir(),
                defaults.tenant(),
                null,
                null,
                copy,
                defaults.tokenCacheTtl(),
                false,
                1,
                java.util.List.of()))) {
      // Every authenticated request now reads token and tenant in one BatchGetItem, which needs
      // jmespath too; a request refused before any DynamoDB call shows the jar itself runs.
      assertEquals(401, sendWithoutToken(runner, "/Users").statusCode(), "no DynamoDB call: fine");
      HttpResponse<String> list = send(runner, "GET", "/Users", null);
      assertEquals(500, list.statusCode(), "a batch read fails: " + list.body());
      HttpResponse<String> user = send(runner, "POST", "/Users", USER);

      assertEquals(500, user.statusCode(), user.body());
      assertEquals("{\"message\":\"Internal Server Error\"}", user.body());
      assertTrue(
          LogLines.eventually(runner, "UsersFunction", l -> l.contains("JmesPathRuntime")),
          String.join("\n", runner.logLines("UsersFunction")));
    }
  }

  private static void copyWithout(Path from, Path to, String prefix) throws IOException {
    try (InputStream file = Files.newInputStream(from);
        JarInputStream in = new JarInputStream(file);
        OutputStream target = Files.newOutputStream(to);
        JarOutputStream out = new JarOutputStream(target)) {
      int dropped = 0;
      for (JarEntry entry; (entry = in.getNextJarEntry()) != null; ) {
        if (entry.getName().startsWith(prefix)) {
          dropped++;
          continue;
        }
        out.putNextEntry(new JarEntry(entry.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      assertTrue(
          dropped > 0, "the shipped jar has the jmespath runtime (else the control is moot)");
    }
  }

  private static HttpResponse<String> send(
      LocalRunner runner, String method, String path, String body) throws Exception {
    return IdpHttp.of(runner, IdpHttp.PLAIN).raw(method, path, body);
  }

  private static HttpResponse<String> sendWithoutToken(LocalRunner runner, String path)
      throws Exception {
    return IdpHttp.exchange("GET", runner.baseUrl() + path, null, Map.of(), null);
  }
}
