package io.scimgate.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The local stand-in for the {@code AWS_IAM} authoriser on the admin routes. In AWS, API Gateway
 * verifies the caller's SigV4 signature and puts the caller into {@code
 * requestContext.authorizer.iam}; the admin function trusts only that. Locally there is no IAM, so
 * {@code Authorization: Bearer <admin token>} is the signature: with it, the gateway fills {@code
 * authorizer.iam} with a fixed local caller; without it, or with a wrong one, it answers 403 {@code
 * {"message":"Forbidden"}} as API Gateway does for an unsigned or badly signed request.
 */
final class IamStandIn {
  static final String CALLER_ARN = "arn:aws:iam::" + EventBuilder.ACCOUNT_ID + ":user/local-admin";

  private final byte[] adminTokenHash;

  IamStandIn(String adminToken) {
    this.adminTokenHash = sha256(adminToken);
  }

  /** The {@code authorizer.iam} object for a caller holding the admin token, else empty. */
  Optional<ObjectNode> authorise(IncomingRequest request) {
    String presented = bearer(request);
    // Hashing both sides first makes the comparison independent of the token's length.
    if (presented == null || !MessageDigest.isEqual(adminTokenHash, sha256(presented))) {
      return Optional.empty();
    }
    ObjectNode iam = Json.object();
    iam.put("accessKey", "ASIALOCALADMIN000000");
    iam.put("accountId", EventBuilder.ACCOUNT_ID);
    iam.put("callerId", "AIDALOCALADMIN000000");
    iam.putNull("cognitoIdentity");
    iam.putNull("principalOrgId");
    iam.put("userArn", CALLER_ARN);
    iam.put("userId", "AIDALOCALADMIN000000");
    return Optional.of(iam);
  }

  private static String bearer(IncomingRequest request) {
    for (var header : request.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase("authorization")) {
        List<String> values = header.getValue();
        String value = values.isEmpty() ? "" : values.get(0).trim();
        String scheme = value.length() > 7 ? value.substring(0, 7).toLowerCase(Locale.ROOT) : "";
        if (scheme.equals("bearer ")) {
          return value.substring(7).trim();
        }
      }
    }
    return null;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
