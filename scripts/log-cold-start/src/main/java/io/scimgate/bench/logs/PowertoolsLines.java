package io.scimgate.bench.logs;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** The same line through Powertools 2.9.0: slf4j + log4j2 JsonTemplateLayout; metrics flush. */
final class PowertoolsLines {
  private PowertoolsLines() {}

  static void log(int n) {
    Logger logger = LoggerFactory.getLogger(PowertoolsLines.class);
    MDC.put("tenant", "acme");
    MDC.put("route", "GET /tenants/{tenantId}/scim/v2/Users");
    logger.info("access", entry("status", 200), entry("requestId", "req-" + n));
  }

  static void metrics(int n) {
    Metrics metrics = MetricsFactory.getMetricsInstance();
    metrics.setNamespace("scimgate");
    // Powertools refuses whitespace in dimension values, so not the route key as API Gateway spells
    // it.
    metrics.addDimension("route", "GET:/tenants/{tenantId}/scim/v2/Users");
    metrics.addMetric("requests", 1, MetricUnit.COUNT);
    metrics.flush();
  }
}
