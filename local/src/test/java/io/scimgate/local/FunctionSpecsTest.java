package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.deploy.TemplateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each sandbox is started with, read from the real template.yaml. */
class FunctionSpecsTest {
  private static final Path TEMPLATE = TemplateFile.locate(Path.of(""));

  private static Map<String, FunctionSpec> specs() throws IOException {
    return FunctionSpecs.read(
        TemplateFile.read(TEMPLATE),
        TEMPLATE,
        Map.of(
            "ScimTable",
            "local-table",
            "TokenPepperSecret",
            "local-secret",
            "TokenCacheTtlSeconds",
            "7",
            "ScimEventBus",
            "local-bus",
            "StreamDeliveryDeadLetterQueue",
            "local-dlq"));
  }

  @Test
  void everyFunctionOfTheTemplate_includingTheScheduledOne() throws IOException {
    assertEquals(
        Set.of(
            "UsersFunction",
            "GroupsFunction",
            "DiscoveryFunction",
            "AdminFunction",
            "MaintenanceFunction",
            "StreamFunction"),
        specs().keySet());
  }

  @Test
  void streamFunction_getsTheLocalBusAndQueue() throws IOException {
    Map<String, String> env = specs().get("StreamFunction").environment();

    assertEquals("local-bus", env.get("EVENT_BUS_NAME"));
    assertEquals("local-dlq", env.get("DEAD_LETTER_QUEUE_URL"));
    assertEquals("local-table", env.get("TABLE_NAME"));
  }

  @Test
  void handlerJarMemoryAndTimeout_functionOverGlobals() throws IOException {
    FunctionSpec users = specs().get("UsersFunction");
    FunctionSpec sweep = specs().get("MaintenanceFunction");

    assertEquals("io.scimgate.functions.users.UsersHandler::handleRequest", users.handler());
    assertEquals(
        TEMPLATE.getParent().resolve("functions/users/target/users-function.jar"), users.jar());
    assertEquals(1024, users.memoryMb());
    assertEquals(29, users.timeoutSeconds());
    assertEquals(300, sweep.timeoutSeconds());
  }

  @Test
  void environment_referencesResolvedLocally_parametersFromOverridesOrDefaults()
      throws IOException {
    Map<String, String> env = specs().get("GroupsFunction").environment();

    assertEquals("local-table", env.get("TABLE_NAME"));
    assertEquals("local-secret", env.get("PEPPER_SECRET_ID"));
    assertEquals("7", env.get("TOKEN_CACHE_TTL_SECONDS"));
    assertEquals("300", env.get("PEPPER_CACHE_TTL_SECONDS"));
    assertTrue(env.get("JAVA_TOOL_OPTIONS").contains("TieredStopAtLevel=1"));
  }

  @Test
  void iamRoutes_areExactlyTheAdminRoutes() throws IOException {
    Set<String> iam = FunctionSpecs.iamRouteKeys(TemplateFile.read(TEMPLATE));

    assertTrue(iam.contains("POST /admin/tenants"));
    assertTrue(iam.contains("ANY /admin/{proxy+}"));
    assertTrue(iam.stream().allMatch(k -> k.split(" ", 2)[1].startsWith("/admin")), iam.toString());
    assertEquals(
        TemplateFile.read(TEMPLATE).routes().stream()
            .filter(r -> r.function().equals("AdminFunction"))
            .count(),
        iam.size());
  }
}
