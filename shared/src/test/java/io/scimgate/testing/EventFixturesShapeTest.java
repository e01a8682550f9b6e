package io.scimgate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.deploy.TemplateFile;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code events/} fixture is what AWS delivers: an API Gateway HTTP API payload 2.0 event
 * (AWS's "Working with AWS Lambda proxy integrations for HTTP APIs") for a route of template.yaml,
 * chosen the way API Gateway chooses (most specific route), or the EventBridge scheduled event of
 * the maintenance function.
 */
class EventFixturesShapeTest {
  private static final DateTimeFormatter CLF =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

  /** What a percent-encoded query string may hold besides its separators (RFC 3986). */
  private static final Pattern ENCODED_QUERY = Pattern.compile("([A-Za-z0-9._~&=-]|%[0-9A-F]{2})*");

  private static final List<TemplateFile.Route> ROUTES = routes();

  static Stream<String> httpFixtures() throws IOException {
    return fixtures().filter(name -> !name.startsWith("maintenance-"));
  }

  @ParameterizedTest
  @MethodSource("httpFixtures")
  void isACompletePayload2Event(String name) {
    JsonNode event = EventFixtures.json(name);
    assertEquals("2.0", event.path("version").asText(), "version");
    JsonNode context = event.path("requestContext");
    for (String field :
        List.of(
            "accountId",
            "apiId",
            "domainName",
            "domainPrefix",
            "requestId",
            "routeKey",
            "stage",
            "time")) {
      assertFalse(context.path(field).asText().isEmpty(), "requestContext." + field);
    }
    JsonNode http = context.path("http");
    for (String field : List.of("method", "path", "protocol", "sourceIp", "userAgent")) {
      assertFalse(http.path(field).asText().isEmpty(), "requestContext.http." + field);
    }
    assertTrue(event.path("isBase64Encoded").isBoolean(), "isBase64Encoded");
    assertTrue(event.path("rawQueryString").isTextual(), "rawQueryString (empty when none)");
    assertEquals(event.path("rawPath").asText(), http.path("path").asText(), "http.path");
    assertEquals(
        context.path("domainName").asText().split("\\.")[0],
        context.path("domainPrefix").asText(),
        "domainPrefix");
    assertEquals(
        ZonedDateTime.parse(context.path("time").asText(), CLF).toInstant().toEpochMilli(),
        context.path("timeEpoch").asLong(),
        "time and timeEpoch");

    JsonNode headers = event.path("headers");
    headers
        .fieldNames()
        .forEachRemaining(
            h -> assertEquals(h.toLowerCase(Locale.ROOT), h, "header names arrive lower-case"));
    assertEquals(context.path("domainName").asText(), headers.path("host").asText(), "host");
    assertEquals(http.path("userAgent").asText(), headers.path("user-agent").asText(), "userAgent");
    if (event.hasNonNull("body") && !event.path("isBase64Encoded").asBoolean()) {
      assertEquals(
          event.path("body").asText().getBytes(StandardCharsets.UTF_8).length,
          headers.path("content-length").asInt(-1),
          "content-length");
    }
  }

  @ParameterizedTest
  @MethodSource("httpFixtures")
  void routeKeyIsTheTemplateRouteApiGatewayPicks(String name) {
    JsonNode event = EventFixtures.json(name);
    String method = event.path("requestContext").path("http").path("method").asText();
    String path = event.path("rawPath").asText();
    TemplateFile.Route route =
        pick(method, path)
            .orElseThrow(() ->
                new AssertionError("no route of template.yaml serves " + method + " " + path));
    String routeKey = route.method() + " " + route.path();
    assertEquals(routeKey, event.path("routeKey").asText(), "routeKey");
    assertEquals(routeKey, event.path("requestContext").path("routeKey").asText());

    Map<String, String> expected = captures(route.path(), path).orElseThrow();
    Map<String, String> actual = new LinkedHashMap<>();
    event
        .path("pathParameters")
        .fields()
        .forEachRemaining(f -> actual.put(f.getKey(), f.getValue().asText()));
    assertEquals(expected, actual, "pathParameters as API Gateway fills them for " + routeKey);
    assertEquals(expected.isEmpty(), !event.has("pathParameters"), "absent iff no variables");
  }

  @ParameterizedTest
  @MethodSource("httpFixtures")
  void rawQueryStringIsPercentEncodedAndDecodesToTheParameters(String name) {
    JsonNode event = EventFixtures.json(name);
    String raw = event.path("rawQueryString").asText();
    assertTrue(ENCODED_QUERY.matcher(raw).matches(), "not percent-encoded: " + raw);
    Map<String, String> expected = new LinkedHashMap<>();
    for (String pair : raw.isEmpty() ? new String[0] : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      // API Gateway joins repeated parameters with commas.
      expected.merge(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "", (a, b) -> a + "," + b);
    }
    Map<String, String> actual = new LinkedHashMap<>();
    event
        .path("queryStringParameters")
        .fields()
        .forEachRemaining(f -> actual.put(f.getKey(), f.getValue().asText()));
    assertEquals(expected, actual, "queryStringParameters");
    assertEquals(raw.isEmpty(), !event.has("queryStringParameters"), "absent iff no query");
  }

  @Test
  void maintenanceFixtureIsTheScheduledEventEventBridgeSends() {
    JsonNode event = EventFixtures.json("maintenance-scheduled-sweep.json");
    assertEquals("Scheduled Event", event.path("detail-type").asText());
    assertEquals("aws.events", event.path("source").asText());
    for (String field : List.of("version", "id", "account", "time", "region")) {
      assertFalse(event.path(field).asText().isEmpty(), field);
    }
    assertTrue(event.path("resources").path(0).asText().startsWith("arn:aws:events:"));
    assertTrue(event.path("detail").isObject());
  }

  @Test
  void fanOutJobFixtureIsAStreamBatchTheTemplatesFanOutFilterPasses() throws Exception {
    JsonNode batch = EventFixtures.json("maintenance-fan-out-job.json");
    String pattern =
        TemplateFile.read(TemplateFile.locate(Path.of("")))
            .filterPattern("MaintenanceFunction", "FanOutJobs");
    assertEquals(1, batch.path("Records").size());
    for (JsonNode record : batch.path("Records")) {
      assertEquals("aws:dynamodb", record.path("eventSource").asText());
      assertTrue(record.path("eventSourceARN").asText().contains(":table/"));
      assertTrue(EventPatterns.matches(pattern, record), record.toString());
    }
  }

  /** API Gateway's choice: an exact method before ANY, fewer variables, greedy paths last. */
  static Optional<TemplateFile.Route> pick(String method, String path) {
    return ROUTES.stream()
        .filter(r -> r.method().equals("ANY") || r.method().equals(method))
        .filter(r -> captures(r.path(), path).isPresent())
        .min(
            Comparator.<TemplateFile.Route, Boolean>comparing(r -> r.path().contains("+}"))
                .thenComparing(r -> r.method().equals("ANY"))
                .thenComparing(r -> r.path().split("\\{", -1).length));
  }

  /** The path variables a route template captures from a path, if it matches. */
  static Optional<Map<String, String>> captures(String template, String path) {
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{(\\w+)(\\+?)}").matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start())));
      regex.append(m.group(2).isEmpty() ? "([^/]+)" : "(.+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    Matcher match = Pattern.compile(regex.toString()).matcher(path);
    if (!match.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), match.group(i + 1));
    }
    return Optional.of(values);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(EventFixtures.directory())) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  private static List<TemplateFile.Route> routes() {
    try {
      return TemplateFile.read(TemplateFile.locate(Path.of(""))).routes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
