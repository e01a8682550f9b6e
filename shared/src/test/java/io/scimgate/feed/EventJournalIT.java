package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.json.Json;
import io.scimgate.store.dynamo.DynamoDirectoryReader;
import io.scimgate.store.dynamo.DynamoEventFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local runner's events.jsonl: every event of every tenant once, also across a restart. */
class EventJournalIT {
  @TempDir Path dir;

  @Test
  void appendsEachEventOnce_andResumesFromItsSavedCursors() throws Exception {
    FeedFixture acme = new FeedFixture("acme");
    FeedFixture globex = new FeedFixture(acme.tenant.sibling("globex"));
    Path file = dir.resolve("events.jsonl");
    acme.ok(
        "POST",
        "/Users",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"a@acme.test\"}");
    globex.ok(
        "POST",
        "/Users",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"g@globex.test\"}");
    FeedFixture.sleep(FeedFixture.SETTLE.toMillis() + 5);

    assertEquals(2, journal(acme, file).poll());
    assertEquals(0, journal(acme, file).poll(), "a restarted journal continues from its cursors");
    acme.ok(
        "POST",
        "/Users",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"b@acme.test\"}");
    FeedFixture.sleep(FeedFixture.SETTLE.toMillis() + 5);
    assertEquals(1, journal(acme, file).poll());

    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size());
    assertEquals(
        List.of("acme", "globex", "acme"),
        lines.stream().map(l -> parse(l).get("tenantId").asText()).toList());
    assertEquals(3, lines.stream().map(l -> parse(l).get("id").asText()).distinct().count());
  }

  private static EventJournal journal(FeedFixture f, Path file) {
    return new EventJournal(
        new DynamoEventFeed(f.tenant.dynamo, Clock.systemUTC(), FeedFixture.SETTLE),
        new DynamoDirectoryReader(f.tenant.dynamo),
        file);
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String line) {
    try {
      return Json.parse(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
