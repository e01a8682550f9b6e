package io.scimgate.scim.error;

/** 503: a dependency (DynamoDB, Secrets Manager) is unavailable; the client should retry. */
public final class ServiceUnavailableException extends ScimException {
  public ServiceUnavailableException(String detail) {
    super(503, null, detail);
  }
}
