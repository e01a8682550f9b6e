package io.scimgate.functions.users;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.scimgate.app.Components;
import io.scimgate.lambda.LambdaAdapter;
import io.scimgate.lambda.SnapStartPriming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Lambda entry point for the Users function: adapts the HTTP API event, nothing more. */
public final class UsersHandler implements RequestStreamHandler {
  private final LambdaAdapter adapter;

  /**
   * Used by Lambda: collaborators are built once per container, at init, and the route is primed
   * before the SnapStart snapshot.
   */
  public UsersHandler() {
    this(Components.fromEnvironment());
    SnapStartPriming.register(
        Components.wiring(Components::users), "GET /tenants/{tenantId}/scim/v2/Users");
  }

  public UsersHandler(Components components) {
    this.adapter = new LambdaAdapter(components.users(), components.accessLine());
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    adapter.handle(input, output, context);
  }
}
