package io.scimgate.scim.endpoint;

import io.scimgate.auth.BearerAuthenticator;
import io.scimgate.auth.TenantIds;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.log.Log;
import io.scimgate.observe.RequestContext;
import io.scimgate.scim.error.InvalidSyntaxException;
import io.scimgate.scim.error.NotFoundException;
import io.scimgate.scim.error.PayloadTooLargeException;
import io.scimgate.scim.error.ScimException;
import io.scimgate.scim.error.ServiceUnavailableException;
import io.scimgate.scim.error.UnauthorizedException;
import io.scimgate.scim.error.UnsupportedMediaTypeException;
import io.scimgate.store.StoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Everything every SCIM request goes through: body checks, tenant authentication, the call into the
 * resource, and the mapping of every failure to a SCIM error (RFC 7644 §3.12).
 */
public final class ScimFrontDoor implements Endpoint {
  /** Bodies above this are refused with 413 (the Lambda payload limit is 6 MB). */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final BearerAuthenticator authenticator;
  private final ScimResource resource;
  private final PublicBaseUrl publicBaseUrl;

  public ScimFrontDoor(BearerAuthenticator authenticator, ScimResource resource) {
    this(authenticator, resource, PublicBaseUrl.derived());
  }

  /** With {@code publicBaseUrl} deciding the tenant base URL, unless it is derived. */
  public ScimFrontDoor(
      BearerAuthenticator authenticator, ScimResource resource, PublicBaseUrl publicBaseUrl) {
    this.authenticator = authenticator;
    this.resource = resource;
    this.publicBaseUrl = publicBaseUrl;
  }

  /** Notes the tenant, token id and any error answered in {@code observed}. */
  @Override
  public HttpResponse handle(RequestContext observed, HttpRequest request) {
    try {
      String tenantId =
          request.pathParam("tenantId").orElseThrow(() -> new NotFoundException("No such tenant."));
      if (!TenantIds.valid(tenantId)) {
        // No token was ever issued for such an id; refuse before it reaches a key.
        throw new UnauthorizedException("The bearer token is not valid for this tenant.");
      }
      observed.tenant(tenantId);
      observed.tokenId(authenticator.authenticate(tenantId, request.header("authorization")));
      checkBody(request);
      if (request.pathParam("id").filter(".search"::equals).isPresent()) {
        // API Gateway routes GET/PUT/… /Users/.search to the {id} route: .search takes POST only.
        throw ScimPaths.unrouted(request.method(), request.path());
      }
      String baseUrl = publicBaseUrl.scimBase(tenantId).orElseGet(() -> ScimBaseUrl.of(request));
      ScimContext context = new ScimContext(tenantId, baseUrl, request.requestId());
      return resource.handle(context, request);
    } catch (ScimException e) {
      observed.error(e.scimType(), e.detail());
      return ErrorResponses.of(e);
    } catch (StoreUnavailableException e) {
      Log.error(request.requestId(), "store_unavailable", e);
      ScimException unavailable =
          new ServiceUnavailableException("Storage is unavailable; retry later.");
      observed.error(null, unavailable.detail());
      return ErrorResponses.of(unavailable);
    } catch (RuntimeException e) {
      Log.error(request.requestId(), "unexpected_failure", e);
      observed.error(null, "internal error");
      return ErrorResponses.internal(request.requestId());
    }
  }

  private static void checkBody(HttpRequest request) {
    if (request.bodyMalformed()) {
      throw new InvalidSyntaxException("The request body is not UTF-8 text (RFC 7644 §3.8).");
    }
    String body = request.body();
    if (body == null || body.isEmpty()) {
      return;
    }
    if (body.length() > MAX_BODY_BYTES
        || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
      throw new PayloadTooLargeException("The request body exceeds " + MAX_BODY_BYTES + " bytes.");
    }
    String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
    String media = type.split(";", 2)[0].trim();
    if (!media.isEmpty()
        && !media.equals("application/scim+json")
        && !media.equals("application/json")) {
      throw new UnsupportedMediaTypeException(
          "Send application/scim+json or application/json, not " + media + ".");
    }
  }
}
