package io.scimgate.scim.endpoint;

/**
 * Who is asking, established by the front door: the authenticated tenant, the tenant's SCIM base
 * URL (for {@code meta.location} and {@code Location}), and the request id for logs.
 */
public record ScimContext(String tenantId, String baseUrl, String requestId) {

  /** Absolute URL of a resource, e.g. {@code <base>/Users/<id>}. */
  public String location(String endpoint, String id) {
    return baseUrl + endpoint + "/" + id;
  }
}
