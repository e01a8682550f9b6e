package io.scimgate.testing.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.deploy.TemplateFile;
import io.scimgate.store.dynamo.TableDefinition;
import io.scimgate.testing.MotoServer;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * The shipped jar, not the build's classes, against every storage operation the service makes:
 * {@link JarProbe} runs in a fresh JVM whose classpath is the function jar and a directory holding
 * only the probe's class file, against DynamoDB Local over HTTP and {@code moto_server}. A shade
 * filter that drops a class one of those calls needs fails here (issue 8: the jmespath runtime). A
 * function module's IT extends this with its jar's name; it runs after {@code package}.
 */
public abstract class FunctionJarAudit {
  /** The steps {@link JarProbe} prints over its two runs; each must PASS. */
  static final List<String> STEPS =
      List.of(
          "PutItem",
          "PutItem ConditionalCheckFailed",
          "GetItem",
          "UpdateItem",
          "BatchWriteItem",
          "BatchGetItem",
          "Query (table, paged)",
          "Query gsi1",
          "TransactWriteItems",
          "TransactWriteItems ConditionalCheckFailed",
          "DeleteItem",
          "DeleteItem ConditionalCheckFailed",
          "GetSecretValue",
          "Default endpoint DynamoDB TransactWriteItems",
          "Default endpoint Secrets Manager");

  private final String artifactId;

  protected FunctionJarAudit(String artifactId) {
    this.artifactId = artifactId;
  }

  @Test
  void everyStorageOperationRunsOnTheJarAlone(@TempDir Path work) throws Exception {
    Path jar = Path.of("target", artifactId + ".jar");
    assertTrue(Files.isRegularFile(jar), jar + " is missing: run after `package`");
    Path probeDir = work.resolve("probe");
    Path probeClass = probeDir.resolve("io/scimgate/testing/jar/JarProbe.class");
    Files.createDirectories(probeClass.getParent());
    try (InputStream in = JarProbe.class.getResourceAsStream("JarProbe.class")) {
      Files.copy(in, probeClass);
    }

    int dynamoPort = MotoServer.freePort();
    DynamoDBProxyServer dynamo =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(dynamoPort)});
    dynamo.start();
    try (MotoServer moto = MotoServer.start()) {
      URI dynamoUri = URI.create("http://127.0.0.1:" + dynamoPort);
      createTable(dynamoUri);
      String secretArn =
          moto.secretsManager()
              .createSecret(r -> r.name("probe-pepper").secretString("p3pp3r"))
              .arn();
      String output =
          run(
                  jar,
                  probeDir,
                  work,
                  "operations",
                  Map.of(
                      "AWS_ENDPOINT_URL_DYNAMODB", dynamoUri.toString(),
                      "AWS_ENDPOINT_URL_SECRETS_MANAGER", moto.endpoint().toString(),
                      "PEPPER_SECRET_ID", secretArn))
              + run(jar, probeDir, work, "default-endpoints", Map.of());
      for (String step : STEPS) {
        assertTrue(output.lines().anyMatch(("PASS " + step)::equals), step + ":\n" + output);
      }
      assertTrue(output.lines().noneMatch(l -> l.startsWith("FAIL ")), output);
    } finally {
      dynamo.stop();
    }
  }

  /** Runs the probe in {@code mode} to its end; returns what it printed. */
  private static String run(
      Path jar, Path probeDir, Path work, String mode, Map<String, String> endpoints)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = work.resolve(mode + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                jar.toAbsolutePath() + ":" + probeDir,
                "io.scimgate.testing.jar.JarProbe",
                mode)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // What Lambda gives the function: the template's variables, a region, credentials, no ~/.aws.
    Map<String, String> env = builder.environment();
    env.clear();
    env.putAll(endpoints);
    env.put("TABLE_NAME", "probe");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "probe");
    env.put("AWS_SECRET_ACCESS_KEY", "probe");
    env.put("AWS_CONFIG_FILE", "/nonexistent");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
    Process probe = builder.start();
    if (!probe.waitFor(120, TimeUnit.SECONDS)) {
      probe.destroyForcibly();
      throw new AssertionError("probe " + mode + " timed out: " + Files.readString(log));
    }
    String output = Files.readString(log);
    assertEquals(0, probe.exitValue(), mode + ":\n" + output);
    return output;
  }

  private static void createTable(URI endpoint) throws Exception {
    try (DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("probe", "probe")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      TableDefinition.ensure(
          client, "probe", TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties());
    }
  }
}
