package io.scimgate.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the events of one stream batch on the bus, in stream order (which is commit order within a
 * tenant: all of a tenant's events share one partition key). Each PutEvents call carries at most
 * {@link #MAX_ENTRIES} entries and never two events of one user, and the next call starts only
 * after the previous one is fully accepted, so a user's events reach the bus one after another.
 * Entries the bus rejects are retried {@link #ATTEMPTS} times; if some still fail, delivery stops
 * there and the first undelivered record is reported, so Lambda retries from it (the event source
 * mapping's {@code ReportBatchItemFailures}): at-least-once, with the event id unchanged. Poison
 * records go to the dead-letter queue and do not block the batch.
 */
public final class StreamDelivery {
  public static final int MAX_ENTRIES = 10;
  static final int ATTEMPTS = 3;

  /** The bus: puts events and answers, per entry in order, whether it was accepted. */
  public interface Bus {
    List<Boolean> put(List<ObjectNode> events);
  }

  /** Where poison records are parked (the SQS dead-letter queue). */
  public interface DeadLetters {
    void park(JsonNode rawRecord, String reason);
  }

  private final Bus bus;
  private final DeadLetters deadLetters;

  public StreamDelivery(Bus bus, DeadLetters deadLetters) {
    this.bus = bus;
    this.deadLetters = deadLetters;
  }

  /**
   * Delivers the batch; returns the sequence number of the first record that could not be delivered
   * (Lambda's {@code batchItemFailures}), or {@code null} when all were.
   */
  public String deliver(List<StreamRecords.Record> records) {
    int next = 0;
    while (next < records.size()) {
      List<StreamRecords.Record> call = new ArrayList<>();
      Set<String> users = new HashSet<>();
      int i = next;
      for (; i < records.size() && call.size() < MAX_ENTRIES; i++) {
        StreamRecords.Record record = records.get(i);
        if (record.poison()) {
          if (!call.isEmpty()) {
            break; // park it only once everything before it is delivered
          }
          deadLetters.park(record.raw(), "not a change-feed event");
          continue;
        }
        if (record.userId() != null && !users.add(record.userId())) {
          break; // this user's next event waits for the next call
        }
        call.add(record);
      }
      List<StreamRecords.Record> undelivered = call.isEmpty() ? List.of() : put(call);
      if (!undelivered.isEmpty()) {
        return undelivered.get(0).sequenceNumber();
      }
      next = i;
    }
    return null;
  }

  /** The records still rejected after the retries, in order (empty: all accepted). */
  private List<StreamRecords.Record> put(List<StreamRecords.Record> call) {
    List<StreamRecords.Record> pending = call;
    for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
      List<Boolean> accepted = bus.put(pending.stream().map(StreamRecords.Record::event).toList());
      List<StreamRecords.Record> rejected = new ArrayList<>();
      for (int i = 0; i < pending.size(); i++) {
        if (i >= accepted.size() || !accepted.get(i)) {
          rejected.add(pending.get(i));
        }
      }
      pending = rejected;
    }
    return pending;
  }
}
