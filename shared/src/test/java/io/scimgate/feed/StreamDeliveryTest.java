package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Delivery order, retries and failure reporting, with a bus that rejects entries on purpose. */
class StreamDeliveryTest {

  /** Records every PutEvents call; rejects the ids in {@code reject} (each {@code times} times). */
  private static final class FlakyBus implements StreamDelivery.Bus {
    final List<List<String>> calls = new ArrayList<>();
    final Set<String> reject;
    int times;

    FlakyBus(Set<String> reject, int times) {
      this.reject = reject;
      this.times = times;
    }

    @Override
    public List<Boolean> put(List<ObjectNode> events) {
      calls.add(events.stream().map(e -> e.get("id").asText()).toList());
      boolean failing = times-- > 0;
      return events.stream().map(e -> !(failing && reject.contains(e.get("id").asText()))).toList();
    }
  }

  private final List<JsonNode> parked = new ArrayList<>();

  @Test
  void aUsersEventsNeverShareACall_andCallsFollowStreamOrder() {
    FlakyBus bus = new FlakyBus(Set.of(), 0);
    String failed =
        new StreamDelivery(bus, (raw, why) -> parked.add(raw))
            .deliver(
                List.of(
                    record("1", "a"),
                    record("2", "b"),
                    record("3", "a"),
                    record("4", null),
                    record("5", "b")));
    assertNull(failed);
    assertEquals(List.of(List.of("1", "2"), List.of("3", "4", "5")), bus.calls);
  }

  @Test
  void atMostTenEntriesPerCall() {
    FlakyBus bus = new FlakyBus(Set.of(), 0);
    List<StreamRecords.Record> records = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      records.add(record(Integer.toString(i), "u" + i));
    }
    new StreamDelivery(bus, (raw, why) -> parked.add(raw)).deliver(records);
    assertEquals(List.of(10, 10, 3), bus.calls.stream().map(List::size).toList());
  }

  @Test
  void rejectedEntries_areRetried_thenTheFirstUndeliveredRecordIsReported() {
    FlakyBus transient_ = new FlakyBus(Set.of("2"), 1);
    assertNull(
        new StreamDelivery(transient_, (raw, why) -> parked.add(raw))
            .deliver(List.of(record("1", "a"), record("2", "b"))));
    assertEquals(List.of(List.of("1", "2"), List.of("2")), transient_.calls);

    FlakyBus broken = new FlakyBus(Set.of("2"), 99);
    String failed =
        new StreamDelivery(broken, (raw, why) -> parked.add(raw))
            .deliver(List.of(record("1", "a"), record("2", "b"), record("3", "c")));
    assertEquals("seq-2", failed, "Lambda retries from the first record not on the bus");
  }

  @Test
  void poisonIsParked_afterWhatCameBeforeIt_andDoesNotStopTheBatch() {
    FlakyBus bus = new FlakyBus(Set.of(), 0);
    List<StreamRecords.Record> records =
        List.of(
            record("1", "a"),
            new StreamRecords.Record("seq-x", null, null, Json.object().put("poison", true)),
            record("2", "a"));
    assertNull(new StreamDelivery(bus, (raw, why) -> parked.add(raw)).deliver(records));
    assertEquals(List.of(List.of("1"), List.of("2")), bus.calls);
    assertEquals(1, parked.size());
  }

  @Test
  void streamRecords_keepOnlyEventInserts_andSpotPoison() throws Exception {
    JsonNode event =
        Json.parse(
            """
            {"Records":[
              {"eventName":"INSERT","dynamodb":{"SequenceNumber":"1","NewImage":{"pk":{"S":"T#a#USER"}}}},
              {"eventName":"REMOVE","dynamodb":{"SequenceNumber":"2","NewImage":{"event":{"S":"{}"}}}},
              {"eventName":"INSERT","dynamodb":{"SequenceNumber":"3","NewImage":{"event":{"S":"{\\"id\\":\\"x\\"}"}}}},
              {"eventName":"INSERT","dynamodb":{"SequenceNumber":"4","NewImage":{"userId":{"S":"u"},"event":{"S":
                "{\\"id\\":\\"e\\",\\"type\\":\\"user.created\\",\\"tenantId\\":\\"a\\",\\"time\\":\\"t\\",\\"data\\":{}}"}}}}
            ]}\
            """);
    List<StreamRecords.Record> records = StreamRecords.of(event);
    assertEquals(
        List.of("3", "4"), records.stream().map(StreamRecords.Record::sequenceNumber).toList());
    assertEquals(true, records.get(0).poison());
    assertEquals("u", records.get(1).userId());
  }

  private static StreamRecords.Record record(String id, String userId) {
    ObjectNode event = Json.object().put("id", id).put("type", "t");
    return new StreamRecords.Record("seq-" + id, event, userId, event);
  }
}
