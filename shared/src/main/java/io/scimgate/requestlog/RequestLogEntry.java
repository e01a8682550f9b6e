package io.scimgate.requestlog;

import java.time.Instant;

/**
 * One recorded request, as {@code GET /admin/tenants/{t}/requests} shows it. Bodies are already
 * redacted and cut ({@link Redaction}); nothing here is a secret.
 */
public record RequestLogEntry(
    Instant time,
    String requestId,
    String method,
    String path,
    int status,
    double latencyMs,
    String idp,
    String userAgent,
    String tokenId,
    String resourceId,
    String scimType,
    String detail,
    String request,
    String response) {}
