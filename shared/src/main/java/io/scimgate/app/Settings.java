package io.scimgate.app;

import java.time.Duration;
import java.util.Map;

/** Configuration read from the environment that {@code template.yaml} sets for every function. */
public record Settings(
    String tableName, String pepperSecretId, Duration tokenCacheTtl, Duration pepperCacheTtl) {

  public static Settings fromEnvironment() {
    return from(System.getenv());
  }

  static Settings from(Map<String, String> env) {
    return new Settings(
        required(env, "TABLE_NAME"),
        required(env, "PEPPER_SECRET_ID"),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("TOKEN_CACHE_TTL_SECONDS", "30"))),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("PEPPER_CACHE_TTL_SECONDS", "300"))));
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + name + " is not set");
    }
    return value;
  }
}
