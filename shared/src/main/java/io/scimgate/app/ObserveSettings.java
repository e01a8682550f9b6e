package io.scimgate.app;

import io.scimgate.requestlog.RequestRecorder;
import java.time.Duration;
import java.util.Map;

/**
 * Observability configuration from the environment {@code template.yaml} sets: {@code
 * REQUEST_LOG_RETENTION_DAYS} (default 14), {@code RECORD_BUDGET_MILLIS} (how long a request waits
 * for its recording, default {@value RequestRecorder#DEFAULT_BUDGET_MILLIS}), {@code
 * TENANT_METRICS} ({@code true} adds the tenant as a metrics dimension; default false).
 */
public record ObserveSettings(
    Duration requestLogRetention, Duration recordBudget, boolean tenantMetrics) {
  public static final ObserveSettings DEFAULTS =
      new ObserveSettings(
          Duration.ofDays(14), Duration.ofMillis(RequestRecorder.DEFAULT_BUDGET_MILLIS), false);

  public static ObserveSettings fromEnvironment() {
    return from(System.getenv());
  }

  static ObserveSettings from(Map<String, String> env) {
    return new ObserveSettings(
        Duration.ofDays(Long.parseLong(env.getOrDefault("REQUEST_LOG_RETENTION_DAYS", "14"))),
        Duration.ofMillis(
            Long.parseLong(
                env.getOrDefault(
                    "RECORD_BUDGET_MILLIS", Long.toString(RequestRecorder.DEFAULT_BUDGET_MILLIS)))),
        Boolean.parseBoolean(env.getOrDefault("TENANT_METRICS", "false")));
  }
}
