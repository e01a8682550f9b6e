package io.scimgate.requestlog;

/**
 * What is kept about a tenant's traffic: its settings, the request log, directory health and token
 * last use. Built once by the composition root; written by {@link RequestRecorder}, read by the
 * admin API.
 */
public record Observations(
    TenantObservations settings,
    DynamoRequestLog log,
    DirectoryHealth health,
    TokenLastUse tokens) {}
