package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;

/** The {@code /ServiceProviderConfig} document, RFC 7643 §5. */
public final class ServiceProviderConfigDocument {
  public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

  private ServiceProviderConfigDocument() {}

  /**
   * The configuration served under {@code baseUrl} (the tenant's SCIM base, e.g. {@code
   * https://api.example.com/tenants/acme/scim/v2}). Bulk and password change are unsupported; the
   * one authentication scheme is the OAuth bearer token of RFC 6750.
   */
  public static ObjectNode render(String baseUrl, Features features) {
    ObjectNode doc = Json.object();
    doc.putArray("schemas").add(SCHEMA);
    doc.set("patch", supported(features.patch()));
    doc.set("bulk", supported(false).put("maxOperations", 0).put("maxPayloadSize", 0));
    doc.set("filter", supported(features.filter()).put("maxResults", features.maxResults()));
    doc.set("changePassword", supported(false));
    doc.set("sort", supported(features.sort()));
    doc.set("etag", supported(features.etag()));
    doc.putArray("authenticationSchemes")
        .addObject()
        .put("type", "oauthbearertoken")
        .put("name", "OAuth Bearer Token")
        .put("description", "Authentication scheme using the OAuth Bearer Token Standard")
        .put("specUri", "https://www.rfc-editor.org/info/rfc6750")
        .put("primary", true);
    doc.set(
        "meta",
        Locations.meta(
            "ServiceProviderConfig", Locations.under(baseUrl, "/ServiceProviderConfig")));
    return doc;
  }

  private static ObjectNode supported(boolean supported) {
    return Json.object().put("supported", supported);
  }
}
