package io.scimgate.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.auth.Tokens;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.store.dynamo.TableDefinition;
import io.scimgate.testing.MotoServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * The world a cold-start run talks to, over real HTTP: DynamoDB Local as a server and {@code
 * moto_server} for Secrets Manager, a table created from template.yaml, a pepper secret, a tenant
 * token stored as its digest, three users, and the API Gateway v2 event that lists them. Writes
 * {@code env} (the function's environment) and {@code list-users.json} into the directory given as
 * the only argument, then serves until the process is stopped. Run by {@code
 * scripts/cold-start.sh}; not a test.
 */
public final class ColdStartFixture {
  static final String TENANT = "bench";
  static final String TABLE = "scimgate-bench";
  static final String SECRET = "scimgate-bench-pepper";

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);

    int dynamoPort = MotoServer.freePort();
    DynamoDBProxyServer dynamoServer =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", Integer.toString(dynamoPort)});
    dynamoServer.start();
    MotoServer moto = MotoServer.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dynamoServer, moto)));

    URI dynamoEndpoint = URI.create("http://127.0.0.1:" + dynamoPort);
    Dynamo dynamo = new Dynamo(dynamoClient(dynamoEndpoint), TABLE);
    TableDefinition.ensure(
        dynamo.client(),
        TABLE,
        TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties());

    byte[] pepperBytes = new byte[32];
    new SecureRandom().nextBytes(pepperBytes);
    String pepper = HexFormat.of().formatHex(pepperBytes);
    String secretArn =
        moto.secretsManager().createSecret(r -> r.name(SECRET).secretString(pepper)).arn();

    String token = Tokens.generate();
    new DynamoTokenStore(dynamo)
        .put(
            new StoredToken(
                TENANT,
                UUID.randomUUID().toString(),
                Tokens.digest(pepper.getBytes(java.nio.charset.StandardCharsets.UTF_8), token),
                Instant.now()));
    for (String userName : new String[] {"ada", "grace", "linus"}) {
      putUser(dynamo, userName);
    }

    Files.writeString(out.resolve("list-users.json"), Json.write(listUsersEvent(token)));
    Files.writeString(
        out.resolve("env"),
        String.join(
            "\n",
            "TABLE_NAME=" + TABLE,
            "PEPPER_SECRET_ID=" + secretArn,
            "AWS_ENDPOINT_URL_DYNAMODB=" + dynamoEndpoint,
            "AWS_ENDPOINT_URL_SECRETS_MANAGER=" + moto.endpoint(),
            ""));
    System.out.println("ready");
    Thread.currentThread().join();
  }

  /** A user written by the real store, so the item layout always matches what the jar reads. */
  private static void putUser(Dynamo dynamo, String userName) {
    ObjectNode doc = Json.object();
    doc.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    doc.put("userName", userName + "@example.com");
    doc.put("active", true);
    new DynamoUserStore(dynamo).create(TENANT, UUID.randomUUID().toString(), doc);
  }

  /** {@code GET /Users?startIndex=1&count=2} as API Gateway HTTP API (payload 2.0) delivers it. */
  static ObjectNode listUsersEvent(String token) {
    String path = "/tenants/" + TENANT + "/scim/v2/Users";
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("routeKey", "GET /tenants/{tenantId}/scim/v2/Users");
    event.put("rawPath", path);
    event.put("rawQueryString", "startIndex=1&count=2");
    ObjectNode headers = event.putObject("headers");
    headers.put("accept", "application/scim+json");
    headers.put("authorization", "Bearer " + token);
    headers.put("host", "abcdef1234.execute-api.us-east-1.amazonaws.com");
    headers.put("user-agent", "Okta SCIM Client 1.0.0");
    headers.put("x-forwarded-proto", "https");
    ObjectNode query = event.putObject("queryStringParameters");
    query.put("startIndex", "1");
    query.put("count", "2");
    event.putObject("pathParameters").put("tenantId", TENANT);
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", "123456789012");
    context.put("apiId", "abcdef1234");
    context.put("domainName", "abcdef1234.execute-api.us-east-1.amazonaws.com");
    ObjectNode http = context.putObject("http");
    http.put("method", "GET");
    http.put("path", path);
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", "203.0.113.10");
    http.put("userAgent", "Okta SCIM Client 1.0.0");
    context.put("requestId", "bench-request");
    context.put("routeKey", "GET /tenants/{tenantId}/scim/v2/Users");
    context.put("stage", "$default");
    context.put("timeEpoch", 1_700_000_000_000L);
    event.put("isBase64Encoded", false);
    return event;
  }

  private static DynamoDbClient dynamoClient(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static void stop(DynamoDBProxyServer dynamoServer, MotoServer moto) {
    moto.close();
    try {
      dynamoServer.stop();
    } catch (Exception e) {
      System.err.println("DynamoDB Local did not stop cleanly: " + e);
    }
  }
}
