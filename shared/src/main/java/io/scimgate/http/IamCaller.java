package io.scimgate.http;

/**
 * The request header that carries the caller identity API Gateway verified with SigV4 (the {@code
 * AWS_IAM} authoriser on the admin routes). Only the event adapter sets it, after dropping any
 * client-sent header of that name; the admin authenticator trusts nothing else in AWS.
 */
public final class IamCaller {
  public static final String HEADER = "x-scimgate-iam-caller";

  private IamCaller() {}
}
