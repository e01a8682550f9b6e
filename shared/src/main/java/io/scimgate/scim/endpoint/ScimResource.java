package io.scimgate.scim.endpoint;

import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;

/** A SCIM endpoint family (Users, Groups, discovery), called after authentication. */
@FunctionalInterface
public interface ScimResource {
  HttpResponse handle(ScimContext context, HttpRequest request);
}
