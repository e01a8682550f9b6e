// Architectural probe: what does scim2-sdk-common expose for member PATCHes? (our own code)
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;

public class ArchUnboundId {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String[] patches = {
        "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u5\"},{\"value\":\"u6\"}]}",
        "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\"}",
        "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"u9\"}]}",
    };
    for (String p : patches) {
      PatchRequest req = JsonUtils.getObjectReader().forType(PatchRequest.class).readValue(Cases.patch(p));
      for (PatchOperation op : req.getOperations()) {
        Path path = op.getPath();
        Path.Element first = path.getElement(0);
        System.out.println("[parsed] " + p + "\n   type=" + op.getOpType() + " attr=" + first.getAttribute()
            + " valueFilter=" + first.getValueFilter() + " value=" + op.getJsonNode());
      }
    }
    ObjectNode g = JsonUtils.getJsonNodeFactory().objectNode();
    g.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
    g.put("id", "g1");
    ArrayNode m = g.putArray("members");
    for (int i = 0; i < n; i++) m.addObject().put("value", "u" + i);
    for (int round = 0; round < 3; round++) {
      PatchRequest req = JsonUtils.getObjectReader().forType(PatchRequest.class)
          .readValue(Cases.patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"new" + round + "\"}]}"));
      long t0 = System.nanoTime();
      GenericScimResource r = new GenericScimResource(g);
      req.apply(r);
      System.out.println("[apply] add 1 member to in-memory " + n + "-member group: " + (System.nanoTime() - t0) / 1_000_000
          + " ms; resulting members=" + r.getObjectNode().get("members").size());
    }
  }
}
