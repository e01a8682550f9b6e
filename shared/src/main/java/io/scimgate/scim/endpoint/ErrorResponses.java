package io.scimgate.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.error.MethodNotAllowedException;
import io.scimgate.scim.error.ScimException;

/** The one place where a {@link ScimException} becomes an RFC 7644 §3.12 error response. */
public final class ErrorResponses {
  public static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";
  static final String RETRY_AFTER_SECONDS = "5";

  private ErrorResponses() {}

  public static HttpResponse of(ScimException e) {
    HttpResponse response = body(e.status(), e.scimType(), e.detail());
    if (e.status() == 401) {
      response = response.withHeader("WWW-Authenticate", "Bearer realm=\"scim\"");
    }
    if (e instanceof MethodNotAllowedException notAllowed) {
      response = response.withHeader("Allow", notAllowed.allow());
    }
    if (e.status() == 503 || e.status() == 429) {
      response = response.withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
    return response;
  }

  /** A 500 that names the request id and nothing internal. */
  public static HttpResponse internal(String requestId) {
    return body(500, null, "Internal error; request id " + requestId + ".");
  }

  private static HttpResponse body(int status, String scimType, String detail) {
    ObjectNode error = Json.object();
    error.putArray("schemas").add(ERROR_URN);
    error.put("status", Integer.toString(status));
    if (scimType != null) {
      error.put("scimType", scimType);
    }
    error.put("detail", detail);
    return HttpResponse.scim(status, Json.write(error));
  }
}
