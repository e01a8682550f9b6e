package io.scimgate.admin;

import io.scimgate.http.HttpRequest;
import io.scimgate.http.IamCaller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Who may call {@code /admin/*}. In AWS, API Gateway verifies the caller's SigV4 signature ({@code
 * AWS_IAM} authoriser on every admin route) and the adapter passes the verified identity on as
 * {@value #IAM_CALLER_HEADER}, after removing any client-sent header of that name. The local runner
 * has no IAM: it configures an admin token, which then is the only thing accepted. A SCIM tenant
 * token is never an admin token.
 */
public final class AdminAuthenticator {
  /** Set only by the event adapter, from {@code requestContext.authorizer.iam}. */
  public static final String IAM_CALLER_HEADER = IamCaller.HEADER;

  private final byte[] adminTokenHash;

  /**
   * @param adminToken the local admin token, or {@code null} to trust API Gateway's IAM check
   */
  public AdminAuthenticator(String adminToken) {
    this.adminTokenHash = adminToken == null || adminToken.isBlank() ? null : sha256(adminToken);
  }

  /** Returns normally when the caller may administer; otherwise 401 (token mode) or 403. */
  public void check(HttpRequest request) {
    if (adminTokenHash == null) {
      if (request.header(IAM_CALLER_HEADER).filter(v -> !v.isBlank()).isEmpty()) {
        throw AdminException.forbidden("Admin calls need IAM (SigV4) authorisation.");
      }
      return;
    }
    String presented = bearer(request);
    // Hashing both sides first makes the comparison independent of the token's length.
    if (presented == null || !MessageDigest.isEqual(adminTokenHash, sha256(presented))) {
      throw AdminException.unauthorized("The admin bearer token is missing or wrong.");
    }
  }

  private static String bearer(HttpRequest request) {
    String value = request.header("authorization").orElse("").trim();
    if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      return null;
    }
    return value.substring(7).trim();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
