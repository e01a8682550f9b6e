package io.scimgate.app;

import io.scimgate.admin.AdminAuthenticator;
import io.scimgate.admin.AdminFrontDoor;
import io.scimgate.admin.StoredAttributes;
import io.scimgate.admin.StoredRequirements;
import io.scimgate.admin.TenantCache;
import io.scimgate.auth.BearerAuthenticator;
import io.scimgate.auth.PepperSource;
import io.scimgate.auth.SecretsManagerPepperSource;
import io.scimgate.http.Endpoint;
import io.scimgate.scim.discovery.DiscoveryEndpoint;
import io.scimgate.scim.discovery.ResourceTypeDocuments;
import io.scimgate.scim.discovery.SchemaDocuments;
import io.scimgate.scim.endpoint.ScimFrontDoor;
import io.scimgate.scim.groups.GroupsResource;
import io.scimgate.scim.users.UsersResource;
import io.scimgate.store.TenantDeletedHook;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoCredentials;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The composition root: builds the service's collaborators once per container (at init, so
 * SnapStart snapshots them) and hands each Lambda function its endpoint. Tests and the local
 * runner use the constructor that takes the collaborators.
 */
public final class Components {
  /** The longest a request runs: the functions' timeout in template.yaml (29 s), rounded up. */
  static final Duration MAX_REQUEST = Duration.ofSeconds(30);

  private final Dynamo dynamo;
  private final BearerAuthenticator authenticator;
  private final PepperSource pepper;
  private final Clock clock;
  private final StoredAttributes storedAttributes;
  private final StoredRequirements requiredAttributes;
  private final DynamoTenantErasure erasure;

  public Components(Dynamo dynamo, PepperSource pepper, Duration tokenCacheTtl, Clock clock) {
    this.dynamo = dynamo;
    this.pepper = pepper;
    this.clock = clock;
    TenantCache tenants = new TenantCache(new DynamoTenantStore(dynamo), tokenCacheTtl, clock);
    this.storedAttributes = new StoredAttributes(tenants);
    this.requiredAttributes = new StoredRequirements(tenants);
    // Requests admitted before an erasure began may write until their cached token verification
    // expires and the request ends (function timeout 29 s).
    this.erasure =
        new DynamoTenantErasure(
            dynamo, clock, tokenCacheTtl.plus(MAX_REQUEST), TenantDeletedHook.NONE);
    this.authenticator =
        new BearerAuthenticator(new DynamoCredentials(dynamo), pepper, tokenCacheTtl, clock);
  }

  /**
   * From the variables {@code template.yaml} sets: {@code TABLE_NAME}, {@code PEPPER_SECRET_ID},
   * {@code TOKEN_CACHE_TTL_SECONDS}, {@code PEPPER_CACHE_TTL_SECONDS}. Endpoints follow the SDK's
   * standard {@code AWS_ENDPOINT_URL_DYNAMODB} / {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}.
   */
  public static Components fromEnvironment() {
    Settings settings = Settings.fromEnvironment();
    // One HTTP client for both SDK clients: built once at init, captured by the SnapStart snapshot.
    SdkHttpClient http = UrlConnectionHttpClient.create();
    DynamoDbClient dynamoClient = DynamoDbClient.builder().httpClient(http).build();
    SecretsManagerClient secrets = SecretsManagerClient.builder().httpClient(http).build();
    Clock clock = Clock.systemUTC();
    PepperSource pepper =
        new SecretsManagerPepperSource(
            secrets, settings.pepperSecretId(), settings.pepperCacheTtl(), clock);
    return new Components(
        new Dynamo(dynamoClient, settings.tableName()), pepper, settings.tokenCacheTtl(), clock);
  }

  public Dynamo dynamo() {
    return dynamo;
  }

  public Endpoint users() {
    return new ScimFrontDoor(
        authenticator,
        new UsersResource(
            new DynamoUserStore(dynamo),
            new DynamoGroupStore(dynamo),
            storedAttributes,
            requiredAttributes));
  }

  public Endpoint discovery() {
    return new ScimFrontDoor(
        authenticator,
        new DiscoveryEndpoint(
            new SchemaDocuments(),
            new ResourceTypeDocuments(),
            storedAttributes,
            requiredAttributes));
  }

  public Endpoint groups() {
    return new ScimFrontDoor(authenticator, new GroupsResource(new DynamoGroupStore(dynamo), new DynamoGrantStore(dynamo)::delete));
  }

  /** Tenant id to "does the tenant keep this optional User attribute" (cached, issue #5). */
  public Function<String, Predicate<String>> storedAttributes() {
    return storedAttributes;
  }

  /**
   * IAM-authorised in AWS; the local runner sets an admin token (system property {@code
   * scimgate.adminToken} or {@code SCIM_ADMIN_TOKEN}), which then is required instead.
   */
  public Endpoint admin() {
    // In Lambda only IAM counts: a bearer token would collide with the SigV4 Authorization header.
    String adminToken =
        System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null
            ? null
            : System.getProperty("scimgate.adminToken", System.getenv("SCIM_ADMIN_TOKEN"));
    return new AdminFrontDoor(
        new AdminAuthenticator(adminToken),
        new AdminFrontDoor.Stores(
            new DynamoTenantStore(dynamo),
            new DynamoGrantStore(dynamo),
            new DynamoTokenStore(dynamo),
            new DynamoUserStore(dynamo),
            new DynamoGroupStore(dynamo),
            new DynamoCredentials(dynamo),
            erasure),
        pepper,
        clock);
  }

  public Maintenance maintenance() {
    return new Maintenance(dynamo, erasure);
  }
}
