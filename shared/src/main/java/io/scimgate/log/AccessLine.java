package io.scimgate.log;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.observe.DynamoUsage;
import io.scimgate.observe.RequestContext;

/**
 * The line that ends every request: what was asked and answered, what it cost, and — in the same
 * JSON object — CloudWatch embedded metric format (EMF) directives, so one log event per request is
 * both the access log and the metrics (docs/decisions/0050-logging-and-metrics.md).
 *
 * <p>Metrics (namespace {@value #NAMESPACE}): {@code requests}, {@code errors4xx}, {@code
 * errors5xx}, {@code latencyMs} by (function, route); {@code dynamoRetries}, {@code
 * dynamoThrottles}, {@code tokenFailures} by function. {@code route} is the template's route key,
 * never the raw path, so its cardinality is bounded by template.yaml. With {@code tenantDimension},
 * {@code requests} and {@code errors5xx} also by (function, tenant): one pair of metrics per
 * tenant, which is what the operator pays for.
 */
public final class AccessLine {
  public static final String NAMESPACE = "scimgate";
  static final String UNROUTED = "unrouted";

  private final boolean tenantDimension;

  public AccessLine(boolean tenantDimension) {
    this.tenantDimension = tenantDimension;
  }

  /** Writes the access line of a request answered with {@code status}. */
  public void write(RequestContext context, int status) {
    double latencyMs = context.elapsedMillis();
    ObjectNode line = Log.line("INFO", "access", context.requestId());
    Log.context(line, context);
    String route = context.routeKey() == null ? UNROUTED : context.routeKey();
    line.put("route", route);
    line.put("method", context.method());
    line.put("path", context.path());
    line.put("status", status);
    if (status >= 400) {
      line.put("scimType", context.scimType());
    }
    line.put("idp", context.idp());
    line.put("tokenId", context.tokenId());
    DynamoUsage dynamo = context.dynamo();
    line.put("dynamoCalls", dynamo.calls());
    line.put("dynamoReadUnits", dynamo.readUnits());
    line.put("dynamoWriteUnits", dynamo.writeUnits());
    line.put("recordMs", round(context.recordMillis()));
    // EMF members: metric values are top-level numbers named as in the directives.
    line.put("requests", 1);
    line.put("errors4xx", status >= 400 && status < 500 ? 1 : 0);
    line.put("errors5xx", status >= 500 ? 1 : 0);
    line.put("latencyMs", round(latencyMs));
    line.put("dynamoRetries", dynamo.retries());
    line.put("dynamoThrottles", dynamo.throttles());
    line.put("tokenFailures", status == 401 ? 1 : 0);
    line.set("_aws", directives(context.tenant() != null && tenantDimension));
    Log.write(line);
  }

  private static ObjectNode directives(boolean byTenant) {
    ObjectNode aws = Json.object();
    aws.put("Timestamp", System.currentTimeMillis());
    ArrayNode list = aws.putArray("CloudWatchMetrics");
    directive(
        list,
        new String[] {"function", "route"},
        "requests",
        "Count",
        "errors4xx",
        "Count",
        "errors5xx",
        "Count",
        "latencyMs",
        "Milliseconds");
    directive(
        list,
        new String[] {"function"},
        "dynamoRetries",
        "Count",
        "dynamoThrottles",
        "Count",
        "tokenFailures",
        "Count");
    if (byTenant) {
      directive(
          list, new String[] {"function", "tenant"}, "requests", "Count", "errors5xx", "Count");
    }
    return aws;
  }

  private static void directive(ArrayNode list, String[] dimensions, String... metricsAndUnits) {
    ObjectNode d = list.addObject();
    d.put("Namespace", NAMESPACE);
    ArrayNode set = d.putArray("Dimensions").addArray();
    for (String dimension : dimensions) {
      set.add(dimension);
    }
    ArrayNode metrics = d.putArray("Metrics");
    for (int i = 0; i < metricsAndUnits.length; i += 2) {
      metrics.addObject().put("Name", metricsAndUnits[i]).put("Unit", metricsAndUnits[i + 1]);
    }
  }

  private static double round(double millis) {
    return Math.round(millis * 100) / 100.0;
  }
}
