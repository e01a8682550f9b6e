package io.scimgate.local;

import io.scimgate.auth.TenantIds;
import io.scimgate.auth.Tokens;
import io.scimgate.deploy.TemplateFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the local runner serves and where it keeps its state (docs/architecture.md, "Local runner").
 *
 * @param port loopback port; 0 picks a free one
 * @param dataDir DynamoDB Local's database file and the local pepper live here
 * @param tenant the tenant provisioned at start
 * @param scimToken the tenant's bearer token, or {@code null} to generate one
 * @param adminToken the admin bearer token, or {@code null} to generate one
 * @param template the {@code template.yaml} that routes and the table come from
 * @param tokenCacheTtl how long a verified bearer token is trusted without re-reading DynamoDB
 * @param snapStart start sandboxes as SnapStart does, so the CRaC priming hooks run
 * @param concurrency the most sandboxes one function runs at once
 * @param sandboxJvmFlags extra JVM flags for every sandbox (a debugger agent, {@code -Xlog:…})
 */
public record Config(
    int port,
    Path dataDir,
    String tenant,
    String scimToken,
    String adminToken,
    Path template,
    Duration tokenCacheTtl,
    boolean snapStart,
    int concurrency,
    List<String> sandboxJvmFlags) {

  static final int DEFAULT_CONCURRENCY = 4;

  public Config {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("PORT must be 0..65535, not " + port + ".");
    }
    if (!TenantIds.valid(tenant)) {
      throw new IllegalArgumentException(
          "SCIM_TENANT must be " + TenantIds.RULE + ", not '" + tenant + "'.");
    }
    requireTokenShape("SCIM_TOKEN", scimToken);
    requireTokenShape("SCIM_ADMIN_TOKEN", adminToken);
    if (concurrency < 1) {
      throw new IllegalArgumentException("SCIM_CONCURRENCY must be at least 1, not " + concurrency);
    }
    sandboxJvmFlags = List.copyOf(sandboxJvmFlags);
  }

  /** Port 8080, data in {@code .scim-local}, tenant {@code demo}, tokens generated. */
  public static Config defaults() {
    return new Config(
        8080,
        Path.of(".scim-local"),
        "demo",
        null,
        null,
        TemplateFile.locate(Path.of("")),
        Duration.ofSeconds(30),
        false,
        DEFAULT_CONCURRENCY,
        List.of());
  }

  /**
   * From {@code PORT}, {@code SCIM_DATA_DIR}, {@code SCIM_TENANT}, {@code SCIM_TOKEN}, {@code
   * SCIM_ADMIN_TOKEN}, {@code TOKEN_CACHE_TTL_SECONDS}, {@code SCIM_SNAPSTART} ({@code 1} to start
   * sandboxes as SnapStart does), {@code SCIM_CONCURRENCY} (sandboxes per function) and {@code
   * SCIM_SANDBOX_JAVA_OPTS} (extra sandbox JVM flags, split at spaces); unset or empty means the
   * default.
   */
  public static Config fromEnvironment(Map<String, String> env) {
    Config d = defaults();
    return new Config(
        integer(env, "PORT", d.port()),
        Path.of(value(env, "SCIM_DATA_DIR", d.dataDir().toString())),
        value(env, "SCIM_TENANT", d.tenant()),
        value(env, "SCIM_TOKEN", null),
        value(env, "SCIM_ADMIN_TOKEN", null),
        d.template(),
        Duration.ofSeconds(integer(env, "TOKEN_CACHE_TTL_SECONDS", 30)),
        "1".equals(value(env, "SCIM_SNAPSTART", "0")),
        integer(env, "SCIM_CONCURRENCY", DEFAULT_CONCURRENCY),
        value(env, "SCIM_SANDBOX_JAVA_OPTS", null) == null
            ? List.of()
            : List.of(value(env, "SCIM_SANDBOX_JAVA_OPTS", "").split("\\s+")));
  }

  /** Port 0 (a free one) over {@code dataDir}: what black-box tests start. */
  public static Config forTests(Path dataDir) {
    return defaults().withPort(0).withDataDir(dataDir);
  }

  public Config withPort(int value) {
    return edit(d -> d.port = value);
  }

  public Config withDataDir(Path value) {
    return edit(d -> d.dataDir = value);
  }

  public Config withTenant(String value) {
    return edit(d -> d.tenant = value);
  }

  public Config withScimToken(String value) {
    return edit(d -> d.scimToken = value);
  }

  public Config withAdminToken(String value) {
    return edit(d -> d.adminToken = value);
  }

  public Config withTokenCacheTtl(Duration value) {
    return edit(d -> d.tokenCacheTtl = value);
  }

  public Config withSnapStart(boolean value) {
    return edit(d -> d.snapStart = value);
  }

  public Config withConcurrency(int value) {
    return edit(d -> d.concurrency = value);
  }

  public Config withSandboxJvmFlags(List<String> value) {
    return edit(d -> d.sandboxJvmFlags = value);
  }

  /** This config with {@code change} applied, validated again by the canonical constructor. */
  private Config edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new Config(
        d.port,
        d.dataDir,
        d.tenant,
        d.scimToken,
        d.adminToken,
        d.template,
        d.tokenCacheTtl,
        d.snapStart,
        d.concurrency,
        d.sandboxJvmFlags);
  }

  /** A config's components, to change one before building the next config. */
  private static final class Draft {
    int port;
    Path dataDir;
    String tenant;
    String scimToken;
    String adminToken;
    Path template;
    Duration tokenCacheTtl;
    boolean snapStart;
    int concurrency;
    List<String> sandboxJvmFlags;

    Draft(Config c) {
      port = c.port;
      dataDir = c.dataDir;
      tenant = c.tenant;
      scimToken = c.scimToken;
      adminToken = c.adminToken;
      template = c.template;
      tokenCacheTtl = c.tokenCacheTtl;
      snapStart = c.snapStart;
      concurrency = c.concurrency;
      sandboxJvmFlags = c.sandboxJvmFlags;
    }
  }

  private static void requireTokenShape(String name, String token) {
    if (token != null && !Tokens.wellFormed(token)) {
      throw new IllegalArgumentException(
          name
              + " must look like a token this service issues: 'scim_' followed by 43 base64url"
              + " characters (A-Z a-z 0-9 - _). Unset it to have one generated.");
    }
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String v = value(env, name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + v + "'.");
    }
  }
}
