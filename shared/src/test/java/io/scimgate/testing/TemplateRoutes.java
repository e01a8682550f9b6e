package io.scimgate.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The HTTP API routes {@code template.yaml} gives a function, as {@code METHOD /path}. Reads the
 * YAML node tree without constructing values, so CloudFormation's short tags ({@code !Ref}, {@code
 * !Sub}) need no handling and nothing of the production template reader is involved.
 */
public final class TemplateRoutes {
  private TemplateRoutes() {}

  /** The repository's template: in the working directory or the nearest one above it. */
  public static Path template() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("template.yaml"))) {
        return dir.resolve("template.yaml");
      }
    }
    throw new IllegalStateException(
        "template.yaml not found above " + Path.of("").toAbsolutePath());
  }

  public static List<String> ofFunction(String logicalId) throws IOException {
    Node root;
    try (Reader reader = Files.newBufferedReader(template())) {
      root = new Yaml().compose(reader);
    }
    Node events =
        child(root, "Resources")
            .flatMap(r -> child(r, logicalId))
            .flatMap(f -> child(f, "Properties"))
            .flatMap(p -> child(p, "Events"))
            .orElseThrow(() -> new IllegalStateException(logicalId + " has no Events"));
    List<String> routes = new ArrayList<>();
    for (NodeTuple event : ((MappingNode) events).getValue()) {
      Node value = event.getValueNode();
      if (child(value, "Type").map(TemplateRoutes::text).orElse("").equals("HttpApi")) {
        Node properties = child(value, "Properties").orElseThrow();
        routes.add(
            text(child(properties, "Method").orElseThrow())
                + " "
                + text(child(properties, "Path").orElseThrow()));
      }
    }
    return routes;
  }

  private static Optional<Node> child(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return Optional.of(tuple.getValueNode());
        }
      }
    }
    return Optional.empty();
  }

  private static String text(Node node) {
    return ((ScalarNode) node).getValue();
  }
}
