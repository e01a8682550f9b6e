// Cold-start: parse the filter and apply the PATCH with scimgate's own engine (our own code).
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterEvaluator;
import io.scimgate.scim.filter.FilterParser;
import io.scimgate.scim.patch.PatchApplier;
import io.scimgate.scim.patch.PatchRequestParser;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;

public class ColdScimgate {
  public static void main(String[] args) throws Exception {
    ResourceType users = SchemaRegistry.standard().user();
    Filter f = FilterParser.parse(ColdInputs.FILTER);
    ObjectNode user = (ObjectNode) Json.parse(ColdInputs.USER);
    boolean matched = new FilterEvaluator(users).matches(f, user);
    ObjectNode patched =
        new PatchApplier(users).apply(user, PatchRequestParser.parse(Json.parse(ColdInputs.PATCH)));
    System.out.println(f + " " + matched + " -> " + patched.get("emails").get(0).get("value").asText());
  }
}
