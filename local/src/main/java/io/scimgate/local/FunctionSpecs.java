package io.scimgate.local;

import io.scimgate.deploy.TemplateFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every {@code AWS::Serverless::Function} of template.yaml into a {@link FunctionSpec}, and
 * the routes that carry the {@code AWS_IAM} authoriser.
 *
 * <p>TemplateFile reads {@code !Ref X} as the plain string {@code X}, so an environment value that
 * names a parameter or a resource is taken as a reference to it: a parameter gives its local
 * override or its {@code Default}, a resource the local stand-in's name (the table's, the
 * secret's). No template value is literally the name of a parameter or resource.
 */
final class FunctionSpecs {
  private FunctionSpecs() {}

  /**
   * @param localValues a value per parameter or resource name, overriding parameter defaults
   */
  static Map<String, FunctionSpec> read(
      TemplateFile template, Path templateFile, Map<String, String> localValues) {
    Map<String, Object> globals = TemplateFile.map(template.section("Globals").get("Function"));
    Map<String, Object> parameters = template.section("Parameters");
    Map<String, Object> resources = template.section("Resources");
    Path dir = templateFile.toAbsolutePath().getParent();
    Map<String, FunctionSpec> specs = new LinkedHashMap<>();
    resources.forEach((name, value) -> {
      Map<String, Object> resource = TemplateFile.map(value);
      if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
        return;
      }
      Map<String, Object> props = TemplateFile.map(resource.get("Properties"));
      Map<String, String> env = new LinkedHashMap<>();
      for (Map<String, Object> source : List.of(globals, props)) {
        TemplateFile.map(TemplateFile.map(source.get("Environment")).get("Variables"))
            .forEach((key, raw) ->
                env.put(key, resolve(String.valueOf(raw), parameters, resources, localValues)));
      }
      specs.put(
          name,
          new FunctionSpec(
              name,
              String.valueOf(props.get("Handler")),
              dir.resolve(String.valueOf(props.get("CodeUri"))),
              number(props, globals, "MemorySize", 128),
              number(props, globals, "Timeout", 3),
              env));
    });
    return specs;
  }

  /** Route keys ({@code "GET /admin/tenants/{tenantId}"}) whose event names {@code AWS_IAM}. */
  static Set<String> iamRouteKeys(TemplateFile template) {
    Set<String> keys = new LinkedHashSet<>();
    for (TemplateFile.FunctionEvent e : template.functionEvents()) {
      Object authorizer = TemplateFile.map(e.properties().get("Auth")).get("Authorizer");
      if (e.type().equals("HttpApi") && "AWS_IAM".equals(authorizer)) {
        keys.add(e.properties().get("Method") + " " + e.properties().get("Path"));
      }
    }
    return keys;
  }

  private static String resolve(
      String raw,
      Map<String, Object> parameters,
      Map<String, Object> resources,
      Map<String, String> localValues) {
    if (localValues.containsKey(raw)) {
      return localValues.get(raw);
    }
    if (parameters.containsKey(raw)) {
      Object fallback = TemplateFile.map(parameters.get(raw)).get("Default");
      if (fallback == null) {
        throw new IllegalStateException("parameter " + raw + " has no Default and no local value");
      }
      return String.valueOf(fallback);
    }
    if (resources.containsKey(raw)) {
      throw new IllegalStateException("resource " + raw + " is referenced but has no local value");
    }
    return raw;
  }

  private static int number(
      Map<String, Object> props, Map<String, Object> globals, String key, int fallback) {
    Object value = props.containsKey(key) ? props.get(key) : globals.get(key);
    return value == null ? fallback : Integer.parseInt(String.valueOf(value));
  }
}
