// Cold-start: parse the filter and apply the PATCH with scim2-sdk-common (our own code).
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;

public class ColdUnboundId {
  public static void main(String[] args) throws Exception {
    Filter f = Filter.fromString(ColdInputs.FILTER);
    ObjectNode user = (ObjectNode) JsonUtils.getObjectReader().readTree(ColdInputs.USER);
    PatchRequest p = JsonUtils.getObjectReader().forType(PatchRequest.class).readValue(ColdInputs.PATCH);
    GenericScimResource r = new GenericScimResource(user);
    p.apply(r);
    System.out.println(f + " -> " + r.getObjectNode().get("emails").get(0).get("value").asText());
  }
}
