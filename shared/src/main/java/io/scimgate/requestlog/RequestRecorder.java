package io.scimgate.requestlog;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.auth.PepperSource;
import io.scimgate.auth.Tokens;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.log.Log;
import io.scimgate.observe.Idp;
import io.scimgate.observe.RequestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Records a SCIM request after it has been answered: the hourly health counter, the throttled
 * last-request / last-error / token-last-use notes, and — when the tenant's mode keeps it — a
 * request-log entry. The work runs on a small worker pool and the request waits for it at most
 * {@code budget} (default {@value #DEFAULT_BUDGET_MILLIS} ms): that is the most recording can add
 * to the IdP's request. A late or failed recording is logged ({@code record_late}, {@code
 * record_failed}) and never changes the answer. Requests without a valid tenant are not recorded;
 * unauthenticated ones (401) at most once per {@link #UNAUTHENTICATED_INTERVAL} per tenant and
 * container, so anyone who knows a tenant URL cannot make us write per request.
 */
public final class RequestRecorder {
  public static final int MAX_BODY_CHARS = 4096;
  static final int MAX_DETAIL_CHARS = 1024;
  static final int MAX_AGENT_CHARS = 256;
  public static final long DEFAULT_BUDGET_MILLIS = 100;
  static final Duration UNAUTHENTICATED_INTERVAL = Duration.ofSeconds(10);

  private final Observations stores;
  private final PepperSource pepper;
  private final Clock clock;
  private final Duration budget;
  private final Throttle unauthenticated = new Throttle(UNAUTHENTICATED_INTERVAL);
  private final ThreadPoolExecutor pool;

  public RequestRecorder(Observations stores, PepperSource pepper, Clock clock, Duration budget) {
    this.stores = stores;
    this.pepper = pepper;
    this.clock = clock;
    this.budget = budget;
    this.pool =
        new ThreadPoolExecutor(
            2,
            2,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64),
            task -> {
              Thread t = new Thread(task, "request-recorder");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /** Never throws; waits at most the budget. */
  public void record(RequestContext context, HttpRequest request, HttpResponse response) {
    long start = System.nanoTime();
    try {
      String tenant = context.tenant();
      Instant now = clock.instant();
      if (tenant == null || (context.tokenId() == null && !unauthenticated.due(tenant, now))) {
        return;
      }
      Job job = new Job(tenant, now, context, request, response);
      Future<?> done = pool.submit(job::run);
      done.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      Log.warn(
          request.requestId(),
          "record_late",
          "recording continues after the " + budget.toMillis() + " ms budget");
    } catch (ExecutionException e) {
      Log.warn(request.requestId(), "record_failed", e.getCause().getClass().getName());
    } catch (RejectedExecutionException e) {
      Log.warn(request.requestId(), "record_dropped", "recorder queue full");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      Log.warn(request.requestId(), "record_failed", e.getClass().getName());
    } finally {
      context.recordMillis((System.nanoTime() - start) / 1_000_000.0);
    }
  }

  /** Everything taken from the request before the caller moves on. */
  private final class Job {
    final String tenant;
    final Instant now;
    final int status;
    final String idp;
    final String tokenId;
    final String authorization;
    final RequestLogEntry entry;

    Job(String tenant, Instant now, RequestContext c, HttpRequest request, HttpResponse response) {
      this.tenant = tenant;
      this.now = now;
      this.status = response.status();
      if (c.idp() == null) {
        c.idp(Idp.detect(request.headers(), request.query()));
      }
      this.idp = c.idp();
      this.tokenId = c.tokenId();
      this.authorization = tokenId == null ? null : request.header("authorization").orElse(null);
      String resourceId = request.pathParam("id").orElseGet(() -> createdId(response));
      c.resourceId(resourceId);
      this.entry =
          new RequestLogEntry(
              now,
              safeId(c.apiRequestId() != null ? c.apiRequestId() : c.requestId()),
              request.method(),
              request.path(),
              status,
              Math.round(c.elapsedMillis() * 100) / 100.0,
              idp,
              cut(Redaction.text(request.header("user-agent").orElse(null)), MAX_AGENT_CHARS),
              tokenId,
              resourceId,
              status >= 400 ? c.scimType() : null,
              cut(Redaction.text(c.detail()), MAX_DETAIL_CHARS),
              Redaction.body(request.body(), MAX_BODY_CHARS),
              Redaction.body(response.body(), MAX_BODY_CHARS));
    }

    void run() {
      TenantObservations.Settings settings = stores.settings().cached(tenant);
      if (!settings.exists()) {
        return;
      }
      stores.health().count(tenant, status, now);
      stores.health().touch(tenant, status >= 400, idp, now);
      if (tokenId != null && authorization != null && stores.tokens().due(tenant, tokenId, now)) {
        String token = authorization.trim().substring("bearer ".length()).trim();
        stores.tokens().write(tenant, Tokens.digest(pepper.pepper(), token), now);
      }
      if (settings.mode().keeps(status)) {
        stores.log().write(tenant, entry);
      }
    }
  }

  /** The {@code id} of a resource a 201 created, or null. */
  private static String createdId(HttpResponse response) {
    if (response.status() != 201 || response.body() == null) {
      return null;
    }
    try {
      JsonNode id = Json.parse(response.body()).get("id");
      return id != null && id.isTextual() ? id.asText() : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static String safeId(String id) {
    String cleaned = id == null ? "unknown" : id.replaceAll("[^A-Za-z0-9=_.-]", "_");
    return cleaned.isEmpty()
        ? "unknown"
        : cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
  }

  private static String cut(String text, int max) {
    return text == null ? null : Redaction.cut(text, text.length(), max);
  }
}
