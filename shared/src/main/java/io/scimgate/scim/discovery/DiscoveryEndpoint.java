package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.common.ListRequest;
import io.scimgate.scim.common.TenantAttributes;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.endpoint.ScimPaths;
import io.scimgate.scim.endpoint.ScimResource;
import io.scimgate.scim.error.NotFoundException;
import io.scimgate.scim.schema.SchemaRegistry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code /ServiceProviderConfig}, {@code /ResourceTypes[/{id}]} and {@code /Schemas[/{id}]} (RFC
 * 7644 §4), and the SCIM 404/405 for every other path under the base: this function also serves the
 * catch-all route.
 */
public final class DiscoveryEndpoint implements ScimResource {
  private static final Features FEATURES = Features.standard(ListRequest.MAX_RESULTS);

  private final SchemaDocuments schemas = new SchemaDocuments(SchemaRegistry.standard());
  private final ResourceTypeDocuments resourceTypes =
      new ResourceTypeDocuments(SchemaRegistry.standard());
  private final TenantAttributes attributes;
  private final TenantSchemaView view = new TenantSchemaView();

  /** Serves the bundled schemas as {@code attributes} shape them for each tenant. */
  public DiscoveryEndpoint(TenantAttributes attributes) {
    this.attributes = attributes;
  }

  @Override
  public HttpResponse handle(ScimContext context, HttpRequest request) {
    String[] parts = pathUnderBase(request.path()).split("/");
    if (!request.method().equals("GET") || parts.length < 2 || parts.length > 3) {
      throw ScimPaths.unrouted(request.method(), request.path());
    }
    String base = context.baseUrl();
    Predicate<String> keep = attributes.stored().apply(context.tenantId());
    List<String> required = attributes.required().apply(context.tenantId());
    Optional<String> id = parts.length == 3 ? Optional.of(decode(parts[2])) : Optional.empty();
    if (parts[1].equals("ServiceProviderConfig") && id.isEmpty()) {
      return ok(ServiceProviderConfigDocument.render(base, FEATURES));
    }
    return switch (parts[1]) {
      case "ResourceTypes" ->
          ok(
              id.isEmpty()
                  ? ListResponseDocument.of(
                      resourceTypes.all(base).stream()
                          .map(t -> view.resourceType(t, keep))
                          .toList())
                  : resourceTypes
                      .find(base, id.get())
                      .map(t -> view.resourceType(t, keep))
                      .orElseThrow(() -> notFound("resource type", id.get())));
      case "Schemas" ->
          ok(
              id.isEmpty()
                  ? ListResponseDocument.of(
                      schemas.all(base).stream()
                          .flatMap(d -> view.schema(d, keep, required).stream())
                          .toList())
                  : schemas
                      .find(base, id.get())
                      .flatMap(d -> view.schema(d, keep, required))
                      .orElseThrow(() -> notFound("schema", id.get())));
      default -> throw ScimPaths.unrouted(request.method(), request.path());
    };
  }

  private static String pathUnderBase(String path) {
    int at = path.indexOf("/scim/v2");
    return at < 0 ? path : path.substring(at + "/scim/v2".length());
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }

  private static NotFoundException notFound(String what, String id) {
    return new NotFoundException("No " + what + " with id " + id + ".");
  }

  private static HttpResponse ok(JsonNode body) {
    return HttpResponse.scim(200, Json.write(body));
  }
}
