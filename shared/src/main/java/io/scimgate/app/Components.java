package io.scimgate.app;

import io.scimgate.admin.AdminAuthenticator;
import io.scimgate.admin.AdminFrontDoor;
import io.scimgate.admin.AdminPorts;
import io.scimgate.admin.StoredAttributes;
import io.scimgate.admin.StoredRequirements;
import io.scimgate.admin.TenantCache;
import io.scimgate.auth.BearerAuthenticator;
import io.scimgate.auth.PepperSource;
import io.scimgate.auth.SecretsManagerPepperSource;
import io.scimgate.feed.EventJournal;
import io.scimgate.http.Endpoint;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.log.AccessLine;
import io.scimgate.observe.DynamoMeter;
import io.scimgate.requestlog.DirectoryHealth;
import io.scimgate.requestlog.DynamoRequestLog;
import io.scimgate.requestlog.Observations;
import io.scimgate.requestlog.RecordingEndpoint;
import io.scimgate.requestlog.RequestRecorder;
import io.scimgate.requestlog.TenantObservations;
import io.scimgate.requestlog.TokenLastUse;
import io.scimgate.scim.common.TenantAttributes;
import io.scimgate.scim.discovery.DiscoveryEndpoint;
import io.scimgate.scim.endpoint.ScimFrontDoor;
import io.scimgate.scim.groups.GroupsResource;
import io.scimgate.scim.users.UsersResource;
import io.scimgate.store.dynamo.AccessFanOut;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoCredentials;
import io.scimgate.store.dynamo.DynamoDirectoryReader;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantDeletedEvent;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The composition root: builds the service's collaborators once per container (at init, so
 * SnapStart snapshots them) and hands each Lambda function its endpoint. Tests and the local runner
 * use the constructor that takes the collaborators.
 */
public final class Components {
  /** The longest a request runs: the functions' timeout in template.yaml (29 s), rounded up. */
  static final Duration MAX_REQUEST = Duration.ofSeconds(30);

  private final Dynamo dynamo;
  private final BearerAuthenticator authenticator;
  private final PepperSource pepper;
  private final Clock clock;
  private final StoredAttributes storedAttributes;
  private final ObserveSettings observeSettings;
  private final Observations observations;
  private final RequestRecorder recorder;
  private final PublicBaseUrl publicBaseUrl;
  private final StoredRequirements requiredAttributes;
  private final DynamoTenantErasure erasure;

  /**
   * @param observe request-log retention, recording budget, tenant metrics
   * @param publicBaseUrl URLs in responses under it (template parameter PublicBaseUrl), or derived
   * @see #withDefaults
   */
  public Components(
      Dynamo dynamo,
      PepperSource pepper,
      Duration tokenCacheTtl,
      Clock clock,
      ObserveSettings observe,
      PublicBaseUrl publicBaseUrl) {
    this.observeSettings = observe;
    this.observations =
        new Observations(
            new TenantObservations(dynamo, tokenCacheTtl, clock),
            new DynamoRequestLog(dynamo, observe.requestLogRetention()),
            new DirectoryHealth(dynamo),
            new TokenLastUse(dynamo));
    this.recorder = new RequestRecorder(observations, pepper, clock, observe.recordBudget());
    this.dynamo = dynamo;
    this.publicBaseUrl = publicBaseUrl;
    this.pepper = pepper;
    this.clock = clock;
    TenantCache tenants = new TenantCache(new DynamoTenantStore(dynamo), tokenCacheTtl, clock);
    this.storedAttributes = new StoredAttributes(tenants);
    this.requiredAttributes = new StoredRequirements(tenants);
    // Requests admitted before an erasure began may write until their cached token verification
    // expires and the request ends (function timeout 29 s).
    this.erasure =
        new DynamoTenantErasure(
            dynamo,
            clock,
            tokenCacheTtl.plus(MAX_REQUEST),
            new DynamoTenantDeletedEvent(dynamo, Clock.systemUTC()));
    this.authenticator =
        new BearerAuthenticator(new DynamoCredentials(dynamo), pepper, tokenCacheTtl, clock);
  }

  /**
   * With the default observability settings and URLs derived from each request: what tests and
   * SnapStart priming run.
   */
  public static Components withDefaults(
      Dynamo dynamo, PepperSource pepper, Duration tokenCacheTtl, Clock clock) {
    return new Components(
        dynamo, pepper, tokenCacheTtl, clock, ObserveSettings.DEFAULTS, PublicBaseUrl.derived());
  }

  /**
   * From the variables {@code template.yaml} sets: {@code TABLE_NAME}, {@code PEPPER_SECRET_ID},
   * {@code TOKEN_CACHE_TTL_SECONDS}, {@code PEPPER_CACHE_TTL_SECONDS}, {@code PUBLIC_BASE_URL}
   * (optional). Endpoints follow the SDK's standard {@code AWS_ENDPOINT_URL_DYNAMODB} / {@code
   * AWS_ENDPOINT_URL_SECRETS_MANAGER}.
   */
  public static Components fromEnvironment() {
    Settings settings = Settings.fromEnvironment();
    // One HTTP client for both SDK clients: built once at init, captured by the SnapStart snapshot.
    SdkHttpClient http = UrlConnectionHttpClient.create();
    // Timeouts and SDK retries: the SDK's share of the retry budget (decision 0004); the meter
    // counts calls, capacity and retries for the access line.
    DynamoDbClient dynamoClient =
        SdkClients.dynamo(http)
            .overrideConfiguration(
                SdkClients.overrides().toBuilder()
                    .addExecutionInterceptor(new DynamoMeter())
                    .build())
            .build();
    SecretsManagerClient secrets = SdkClients.secrets(http).build();
    Clock clock = Clock.systemUTC();
    PepperSource pepper =
        new SecretsManagerPepperSource(
            secrets, settings.pepperSecretId(), settings.pepperCacheTtl(), clock);
    return new Components(
        new Dynamo(dynamoClient, settings.tableName()),
        pepper,
        settings.tokenCacheTtl(),
        clock,
        ObserveSettings.fromEnvironment(),
        PublicBaseUrl.fromEnvironment());
  }

  /**
   * The endpoint {@code pick} chooses, wired over any table and pepper with no token cache: what
   * SnapStart priming runs against its made-up collaborators before the snapshot.
   */
  public static BiFunction<Dynamo, PepperSource, Endpoint> wiring(
      Function<Components, Endpoint> pick) {
    return (dynamo, pepper) ->
        pick.apply(withDefaults(dynamo, pepper, Duration.ZERO, Clock.systemUTC()));
  }

  public Dynamo dynamo() {
    return dynamo;
  }

  public Endpoint users() {
    return recorded(
        new ScimFrontDoor(
            authenticator,
            new UsersResource(
                new DynamoUserStore(dynamo),
                new DynamoGroupStore(dynamo),
                new TenantAttributes(storedAttributes, requiredAttributes)),
            publicBaseUrl));
  }

  public Endpoint discovery() {
    return recorded(
        new ScimFrontDoor(
            authenticator,
            new DiscoveryEndpoint(new TenantAttributes(storedAttributes, requiredAttributes)),
            publicBaseUrl));
  }

  public Endpoint groups() {
    return recorded(
        new ScimFrontDoor(
            authenticator, new GroupsResource(new DynamoGroupStore(dynamo)), publicBaseUrl));
  }

  /** SCIM traffic is recorded (request log, directory health); admin traffic is not. */
  private Endpoint recorded(Endpoint scim) {
    return new RecordingEndpoint(scim, recorder);
  }

  /** The access line (and metrics) every function ends its requests with. */
  public AccessLine accessLine() {
    return new AccessLine(observeSettings.tenantMetrics());
  }

  /** Tenant id to "does the tenant keep this optional User attribute" (docs/admin.md, cached). */
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
        new AdminPorts(
            new DynamoTenantStore(dynamo),
            new DynamoGrantStore(dynamo),
            new DynamoTokenStore(dynamo),
            new DynamoUserStore(dynamo),
            new DynamoGroupStore(dynamo),
            new DynamoCredentials(dynamo),
            erasure,
            new DynamoEventFeed(dynamo),
            new DynamoDirectoryReader(dynamo),
            observations,
            pepper,
            clock,
            publicBaseUrl,
            AdminPorts.ERASE_BUDGET));
  }

  /** The local runner's {@code events.jsonl} ({@link EventJournal}), not yet started. */
  public EventJournal eventJournal(java.nio.file.Path file) {
    return new EventJournal(new DynamoEventFeed(dynamo), new DynamoDirectoryReader(dynamo), file);
  }

  public Maintenance maintenance() {
    return new Maintenance(
        new AccessFanOut(dynamo, Clock.systemUTC()),
        DynamoGroupStore.cleanupSweep(dynamo),
        erasure);
  }
}
