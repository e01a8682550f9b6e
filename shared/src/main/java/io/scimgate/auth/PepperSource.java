package io.scimgate.auth;

/** The secret key of the token HMAC. Implementations cache; a failure to read is a 503. */
@FunctionalInterface
public interface PepperSource {
  byte[] pepper();
}
