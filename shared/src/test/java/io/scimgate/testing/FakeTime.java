package io.scimgate.testing;

import io.scimgate.store.RetryBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A clock and sleeper for {@link RetryBudget}: sleeping advances the clock, nothing waits. */
public final class FakeTime {
  private final AtomicLong nanos = new AtomicLong();
  private final List<Long> sleeps = new ArrayList<>();

  /** Opens the thread's budget with the default policy on this clock; close it when done. */
  public RetryBudget.Loop budget() {
    return RetryBudget.loop("test request", RetryBudget.DEFAULT, nanos::get, this::sleep);
  }

  public void advanceMillis(long millis) {
    nanos.addAndGet(millis * 1_000_000);
  }

  public long elapsedMillis() {
    return nanos.get() / 1_000_000;
  }

  public synchronized List<Long> sleeps() {
    return List.copyOf(sleeps);
  }

  private synchronized void sleep(long millis) {
    sleeps.add(millis);
    advanceMillis(millis);
  }
}
