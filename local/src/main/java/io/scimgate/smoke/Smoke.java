package io.scimgate.smoke;

import java.io.PrintStream;
import java.util.UUID;

/**
 * The black-box check an operator runs after {@code sam deploy} ({@code make smoke}): the Okta and
 * Entra user and group lifecycles against one tenant's SCIM base URL, one {@code PASS}/{@code FAIL}
 * line per step, everything it created deleted again (names carry a per-run id, so runs never
 * collide). Needs only the JDK. Exit status 0 when every step passed, 1 otherwise, 2 on bad usage.
 *
 * <pre>
 * SCIM_BASE_URL=https://…/tenants/acme/scim/v2 SCIM_TOKEN=scim_… java io.scimgate.smoke.Smoke
 * </pre>
 */
public final class Smoke {
  private Smoke() {}

  public static void main(String[] args) {
    String baseUrl = System.getenv("SCIM_BASE_URL");
    String token = System.getenv("SCIM_TOKEN");
    if (baseUrl == null || baseUrl.isBlank() || token == null || token.isBlank()) {
      System.err.println(
          "usage: SCIM_BASE_URL=https://<api>/tenants/<tenant>/scim/v2"
              + " SCIM_TOKEN=<tenant bearer token> make smoke");
      System.exit(2);
    }
    System.exit(run(baseUrl, token, System.out) ? 0 : 1);
  }

  /** Runs both lifecycles against {@code baseUrl}; true when every step and cleanup passed. */
  public static boolean run(String baseUrl, String token, PrintStream out) {
    String runId = UUID.randomUUID().toString().substring(0, 8);
    out.println("# smoke run " + runId + " against " + baseUrl);
    Steps steps = new Steps(out);
    // Steps catch every failure, so the cleanups in finish() always run.
    new OktaLifecycle(baseUrl, token, runId).run(steps);
    new EntraLifecycle(baseUrl, token, runId).run(steps);
    boolean passed = steps.finish();
    out.flush();
    return passed;
  }
}
