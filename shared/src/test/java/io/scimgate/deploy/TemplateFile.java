package io.scimgate.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code template.yaml}, the one source of truth for routes and the table definition: the
 * local runner and the tests route and create tables from what it says. CloudFormation short-form
 * tags ({@code !Ref}, {@code !Sub}, …) are read as plain values.
 */
public final class TemplateFile {

  /** One HTTP API route: method ({@code ANY} allowed), path template and handler class. */
  public record Route(String function, String method, String path, String handlerClass) {}

  private final Map<String, Object> root;
  private final Map<String, Object> resources;

  private TemplateFile(Map<String, Object> root) {
    this.root = root;
    this.resources = map(root.get("Resources"));
  }

  public static TemplateFile read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      Map<String, Object> root = new Yaml(new CfnConstructor()).load(reader);
      return new TemplateFile(root == null ? Map.of() : root);
    }
  }

  /** Finds {@code template.yaml} in {@code start} or the nearest directory above it. */
  public static Path locate(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("template.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("template.yaml not found above " + start.toAbsolutePath());
  }

  /**
   * One event source of a function, as written: the function's and the event's logical ids, the
   * event's {@code Type} and {@code Properties}, and the function's {@code Properties}.
   */
  public record FunctionEvent(
      String function,
      String event,
      String type,
      Map<String, Object> properties,
      Map<String, Object> functionProperties) {}

  /** Every event of every {@code AWS::Serverless::Function}, in template order. */
  public List<FunctionEvent> functionEvents() {
    List<FunctionEvent> events = new ArrayList<>();
    resources.forEach((name, value) -> {
      Map<String, Object> resource = map(value);
      if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
        return;
      }
      Map<String, Object> props = map(resource.get("Properties"));
      map(props.get("Events"))
          .forEach((event, e) -> {
            Map<String, Object> definition = map(e);
            events.add(
                new FunctionEvent(
                    name,
                    event,
                    String.valueOf(definition.get("Type")),
                    map(definition.get("Properties")),
                    props));
          });
    });
    return events;
  }

  /** Every HttpApi event of every function, in template order. */
  public List<Route> routes() {
    return functionEvents().stream()
        .filter(e -> e.type().equals("HttpApi"))
        .map(e ->
            new Route(
                e.function(),
                (String) e.properties().get("Method"),
                (String) e.properties().get("Path"),
                String.valueOf(e.functionProperties().get("Handler")).split("::", 2)[0]))
        .toList();
  }

  /**
   * The {@code FilterCriteria} pattern of event {@code event} of function {@code function} (an
   * event source mapping's first filter), as written.
   */
  public String filterPattern(String function, String event) {
    Map<String, Object> props =
        functionEvents().stream()
            .filter(e -> e.function().equals(function) && e.event().equals(event))
            .findFirst()
            .map(FunctionEvent::properties)
            .orElse(Map.of());
    Object filters = map(props.get("FilterCriteria")).get("Filters");
    if (!(filters instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalStateException(function + "." + event + " has no FilterCriteria");
    }
    return String.valueOf(map(list.get(0)).get("Pattern"));
  }

  /** The {@code Properties} of the one {@code AWS::DynamoDB::Table} resource. */
  public Map<String, Object> tableProperties() {
    return resources.values().stream()
        .map(TemplateFile::map)
        .filter(r -> "AWS::DynamoDB::Table".equals(r.get("Type")))
        .map(r -> map(r.get("Properties")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("template has no DynamoDB table"));
  }

  /**
   * A top-level section ({@code Parameters}, {@code Globals}, {@code Resources}, …) as read, or an
   * empty map; short-form tags read as their plain values ({@code !Ref X} is {@code "X"}).
   */
  public Map<String, Object> section(String name) {
    return map(root.get(name));
  }

  /** A YAML mapping as read, or an empty map for {@code null}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  /** Reads {@code !Ref x} and friends as their scalar, sequence or mapping value. */
  private static final class CfnConstructor extends SafeConstructor {
    CfnConstructor() {
      super(new LoaderOptions());
    }

    @Override
    protected Object constructObject(Node node) {
      Tag tag = node.getTag();
      if (tag.getValue().startsWith("!")) {
        switch (node.getNodeId()) {
          case scalar -> node.setTag(Tag.STR);
          case sequence -> node.setTag(Tag.SEQ);
          default -> node.setTag(Tag.MAP);
        }
        if (node instanceof ScalarNode) {
          return super.constructObject(node);
        }
      }
      return super.constructObject(node);
    }
  }
}
