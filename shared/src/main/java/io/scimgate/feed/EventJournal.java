package io.scimgate.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.DirectoryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local runner's {@code ${SCIM_DATA_DIR}/events.jsonl}: every event of every tenant, one JSON
 * line each, in feed order. It is a feed consumer like any other: it follows each tenant's cursor
 * (tenants from the registry) and keeps the cursors in {@code events.jsonl.cursors}, so a restart
 * continues where it stopped. Lines are appended before the cursors are saved: a crash in between
 * repeats those lines once (at-least-once, ids unchanged). Works whatever process wrote the events.
 */
public final class EventJournal implements AutoCloseable {
  private static final int PAGE = 500;

  private final EventFeed feed;
  private final DirectoryReader directory;
  private final Path file;
  private final Path cursorsFile;
  private final Map<String, String> cursors = new HashMap<>();
  private ScheduledExecutorService timer;

  public EventJournal(EventFeed feed, DirectoryReader directory, Path file) {
    this.feed = feed;
    this.directory = directory;
    this.file = file;
    this.cursorsFile = file.resolveSibling(file.getFileName() + ".cursors");
    loadCursors();
  }

  /** Polls every {@code every} on a daemon thread until {@link #close()}. */
  public synchronized EventJournal start(Duration every) {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("event-journal").unstarted(r));
    timer.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** Appends everything new of every tenant; returns the number of lines written. */
  public synchronized int poll() {
    int written = 0;
    String after = null;
    do {
      DirectoryReader.Page<DirectoryReader.TenantEntry> tenants = directory.tenants(after, 200);
      for (DirectoryReader.TenantEntry tenant : tenants.items()) {
        written += drain(tenant.tenantId());
      }
      after = tenants.next();
    } while (after != null);
    return written;
  }

  private int drain(String tenantId) {
    int written = 0;
    while (true) {
      String cursor = cursors.get(tenantId);
      EventFeed.Page page = feed.read(tenantId, cursor, PAGE);
      if (page.events().isEmpty()) {
        return written;
      }
      StringBuilder lines = new StringBuilder();
      for (ObjectNode event : page.events()) {
        lines.append(Json.write(event)).append('\n');
      }
      try {
        Files.writeString(
            file,
            lines,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written += page.events().size();
      cursors.put(tenantId, page.lastId());
      saveCursors();
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      // The next round retries; a local journal must not take the runner down.
      System.err.println("event journal: " + e);
    }
  }

  private void loadCursors() {
    try {
      if (Files.exists(cursorsFile)) {
        JsonNode saved = Json.parse(Files.readString(cursorsFile));
        saved.properties().forEach(e -> cursors.put(e.getKey(), e.getValue().asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void saveCursors() {
    ObjectNode out = Json.object();
    cursors.forEach(out::put);
    try {
      Path temp = cursorsFile.resolveSibling(cursorsFile.getFileName() + ".tmp");
      Files.writeString(temp, Json.write(out));
      Files.move(
          temp, cursorsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
