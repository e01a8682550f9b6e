package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.local.faulty.FaultyHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local runtime does when a function misbehaves, through a real jar under the runtime
 * interface client ({@link FaultyHandler}, packaged here into a one-function template): a thrown
 * exception or an exiting process is API Gateway's 500, a run past {@code Timeout} its 503, and the
 * next request gets a fresh sandbox. Also: the environment Lambda sets, CloudWatch-style log lines,
 * parallel clients on a two-sandbox pool, and the direct-invoke API.
 */
class FaultyFunctionIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static LocalRunner runner;

  @BeforeAll
  static void start() throws Exception {
    Path jar = dir.resolve("faulty.jar");
    packageHandler(jar);
    Path template = dir.resolve("template.yaml");
    Files.writeString(
        template,
        """
        Parameters:
          TokenCacheTtlSeconds:
            Type: Number
            Default: 0
        Globals:
          Function:
            MemorySize: 256
            Timeout: 2
            Environment:
              Variables:
                GREETING: hello
                TABLE_NAME: !Ref ScimTable
        Resources:
          ScimTable:
            Type: AWS::DynamoDB::Table
            Properties:
              AttributeDefinitions:
                - {AttributeName: pk, AttributeType: S}
                - {AttributeName: sk, AttributeType: S}
              KeySchema:
                - {AttributeName: pk, KeyType: HASH}
                - {AttributeName: sk, KeyType: RANGE}
              GlobalSecondaryIndexes:
                - IndexName: gsi1
                  KeySchema:
                    - {AttributeName: sk, KeyType: HASH}
                    - {AttributeName: pk, KeyType: RANGE}
                  Projection: {ProjectionType: KEYS_ONLY}
          FaultyFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: faulty.jar
              Handler: io.scimgate.local.faulty.FaultyHandler::handleRequest
              Events:
                Anything:
                  Type: HttpApi
                  Properties:
                    Method: ANY
                    Path: /faulty/{proxy+}
        """);
    Config config = Config.forTests(dir.resolve("data")).withConcurrency(2);
    runner =
        LocalRunner.start(
            new Config(
                config.port(),
                config.dataDir(),
                config.tenant(),
                null,
                null,
                template,
                config.tokenCacheTtl(),
                false,
                2,
                List.of()));
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  @Test
  void aHealthyAnswer_seesTheEnvironmentLambdaSets_andLogsUnderItsRequestId() throws Exception {
    HttpResponse<String> response = get("/faulty/ok");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode seen = Json.parse(response.body());
    assertEquals("FaultyFunction", seen.path("functionName").asText());
    assertEquals("256", seen.path("memory").asText());
    assertEquals(
        "io.scimgate.local.faulty.FaultyHandler::handleRequest", seen.path("handler").asText());
    assertEquals(seen.path("taskRoot").asText(), seen.path("workingDir").asText());
    assertEquals("hello", seen.path("greeting").asText());
    assertEquals(LocalRunner.TABLE_NAME, seen.path("table").asText());
    assertTrue(seen.path("dynamo").asText().startsWith("http://127.0.0.1:"));
    long heap = seen.path("maxHeapMb").asLong();
    assertTrue(heap > 150 && heap <= 256, "heap from MemorySize: " + heap);
    long remaining = seen.path("remainingMillis").asLong();
    assertTrue(remaining > 0 && remaining <= 2_000, "deadline from Timeout: " + remaining);
    assertTrue(seen.path("arn").asText().endsWith(":function:FaultyFunction"));
    String id = seen.path("requestId").asText();
    assertTrue(
        LogLines.eventually(
            runner,
            "FaultyFunction",
            l -> l.equals("FaultyFunction " + id + " faulty saw /faulty/ok")),
        String.join("\n", runner.logLines("FaultyFunction")));
    assertTrue(
        runner.logLines("FaultyFunction").stream()
            .anyMatch(l -> l.startsWith("FaultyFunction " + id + " REPORT RequestId: " + id)));
  }

  @Test
  void aThrowingFunction_isApiGateways500_andItsErrorIsLogged() throws Exception {
    HttpResponse<String> response = get("/faulty/throw");

    assertEquals(500, response.statusCode());
    assertEquals("{\"message\":\"Internal Server Error\"}", response.body());
    assertTrue(LogLines.eventually(runner, "FaultyFunction", l -> l.contains("boom on purpose")));
    assertEquals(200, get("/faulty/ok").statusCode());
  }

  @Test
  void aFunctionPastItsTimeout_is503_andTheNextRequestGetsAFreshSandbox() throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = get("/faulty/sleep");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertEquals(503, response.statusCode());
    assertEquals("{\"message\":\"Service Unavailable\"}", response.body());
    assertTrue(millis >= 2_000 && millis < 10_000, "cut at the 2 s Timeout: " + millis + " ms");
    assertTrue(
        runner.logLines("FaultyFunction").stream()
            .anyMatch(l -> l.endsWith("Task timed out after 2.00 seconds")));
    assertEquals(200, get("/faulty/ok").statusCode());
  }

  @Test
  void aFunctionWhoseProcessExits_is500_andTheNextRequestGetsAFreshSandbox() throws Exception {
    assertEquals(500, get("/faulty/exit").statusCode());
    assertEquals(200, get("/faulty/ok").statusCode());
  }

  @Test
  void parallelClients_shareTwoSandboxes_withoutDeadlock() throws Exception {
    try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        statuses.add(clients.submit(() -> get("/faulty/slowish").statusCode()));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(200, status.get());
      }
    }
  }

  @Test
  void directInvoke_returnsWhatTheFunctionReturned_likeSamLocalInvoke() throws Exception {
    String out = runner.invoke("FaultyFunction", "{\"rawPath\":\"/faulty/direct\"}");

    assertEquals(200, Json.parse(out).path("statusCode").asInt());
    IllegalStateException failed =
        assertThrows(
            IllegalStateException.class,
            () -> runner.invoke("FaultyFunction", "{\"rawPath\":\"/faulty/throw\"}"));
    assertTrue(failed.getMessage().contains("boom on purpose"), failed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> runner.invoke("NoSuchFunction", "{}"));
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(runner.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A deployment jar with just the handler class, as a function module's shade step makes one. */
  private static void packageHandler(Path jar) throws IOException, URISyntaxException {
    String entry = FaultyHandler.class.getName().replace('.', '/') + ".class";
    Path compiled = Path.of(FaultyHandler.class.getResource("FaultyHandler.class").toURI());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(entry));
      out.write(Files.readAllBytes(compiled));
      out.closeEntry();
    }
  }
}
