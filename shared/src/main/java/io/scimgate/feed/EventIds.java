package io.scimgate.feed;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Event ids, which are also the sort keys of the event items: {@code <13-digit epoch ms>.<8-hex
 * writer>.<12-digit sequence>.<2-digit index>}. The writer is 32 random bits per process and the
 * sequence grows per process, so ids are unique across concurrent writers and sort by stamp; the
 * index orders the events of one transaction. A {@link Stamper} never goes backwards (a clock step
 * back reuses its last millisecond).
 */
public final class EventIds {
  private static final Pattern FORM = Pattern.compile("\\d{13}\\.[0-9a-f]{8}\\.\\d{12}\\.\\d{2}");
  private static final String WRITER =
      HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private EventIds() {}

  /** A stamp for one transaction: its time and its unique prefix. */
  public record Stamp(Instant time, String prefix) {
    public String id(int index) {
      return prefix + "." + String.format("%02d", index);
    }
  }

  /** Stamps transaction attempts of one writer (a store), monotonic in time. */
  public static final class Stamper {
    private final AtomicLong lastMillis = new AtomicLong();

    /** Stamps one attempt at {@code now}, never before this stamper's last stamp. */
    public Stamp stamp(Instant now) {
      long millis = lastMillis.accumulateAndGet(now.toEpochMilli(), Math::max);
      String prefix =
          millisKey(millis)
              + "."
              + WRITER
              + "."
              + String.format("%012d", SEQUENCE.incrementAndGet());
      return new Stamp(Instant.ofEpochMilli(millis), prefix);
    }
  }

  /** The sort-key prefix of a millisecond: every id stamped before it sorts below it. */
  public static String millisKey(long epochMillis) {
    return String.format("%013d", Math.max(0, epochMillis));
  }

  public static boolean wellFormed(String id) {
    return FORM.matcher(id).matches();
  }
}
