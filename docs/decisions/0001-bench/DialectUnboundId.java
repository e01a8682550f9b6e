// Runs the dialect cases against com.unboundid.product.scim2:scim2-sdk-common (our own test code).
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import com.unboundid.scim2.common.utils.JsonUtils;

public class DialectUnboundId {
  public static void main(String[] args) {
    for (Cases.Case c : Cases.ALL) {
      System.out.println("== case " + c.id() + ": " + c.title());
      System.out.println("   as sent : " + run(c, c.input()));
      if (c.lowerOpInput() != null && !c.lowerOpInput().equals(c.input())) {
        System.out.println("   op lower: " + run(c, c.lowerOpInput()));
      }
    }
  }

  static String run(Cases.Case c, String input) {
    try {
      ObjectNode res = (ObjectNode) JsonUtils.getObjectReader().readTree(c.resource());
      if (c.id().equals("v")) {
        Filter f = Filter.fromString(input);
        return "parsed as " + f + " ; evaluates on user(work email 'x') = " + FilterEvaluator.evaluate(f, res);
      }
      PatchRequest p = JsonUtils.getObjectReader().forType(PatchRequest.class).readValue(input);
      GenericScimResource g = new GenericScimResource(res);
      p.apply(g);
      JsonNode out = g.getObjectNode();
      return "OK -> " + Summary.summary(c.id(), out);
    } catch (Exception e) {
      return "ERROR " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ');
    }
  }
}
