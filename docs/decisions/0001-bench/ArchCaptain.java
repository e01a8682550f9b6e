// Architectural probe: can scim-sdk-server hand us member deltas without loading the group? (our own code)
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.captaingoldfish.scim.sdk.common.constants.enums.HttpMethod;
import de.captaingoldfish.scim.sdk.common.resources.Group;
import de.captaingoldfish.scim.sdk.common.resources.complex.Meta;
import de.captaingoldfish.scim.sdk.common.response.ScimResponse;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.patch.PatchOperationHandler;
import de.captaingoldfish.scim.sdk.server.patch.operations.*;

public class ArchCaptain {
  static final List<String> LOG = new ArrayList<>();

  /** Records every prepared operation; never reads the stored group. */
  static final class DeltaHandler implements PatchOperationHandler<Group> {
    @Override public Supplier<Group> getOldResourceSupplier(String id, List<SchemaAttribute> a, List<SchemaAttribute> e, Context c) {
      return () -> { throw new IllegalStateException("old resource requested"); };
    }
    @Override public Group getPatchedResource(String id) { return Group.builder().id(id).displayName("G").build(); }
    @Override public Group getUpdatedResource(String id, Group g, boolean changed, List<SchemaAttribute> a, List<SchemaAttribute> e, Context c) {
      Meta meta = g.getMeta().orElseGet(() -> { Meta x = Meta.builder().build(); g.setMeta(x); return x; });
      meta.setResourceType("Group");
      meta.setCreated(java.time.Instant.EPOCH);
      meta.setLastModified(java.time.Instant.EPOCH);
      return g;
    }
    private boolean rec(String kind, PatchOperation<?> op) {
      LOG.add(kind + " op=" + op.getPatchOp() + " attr=" + op.getSchemaAttribute().getFullResourceName()
          + " filter=" + (op.isWithFilter() ? op.getFilter() : "-") + " values=" + op.getValuesNode());
      return true;
    }
    @Override public boolean handleOperation(String id, RemoveExtensionRefOperation op) { return rec("RemoveExtensionRef", op); }
    @Override public boolean handleOperation(String id, SimpleAttributeOperation op) { return rec("Simple", op); }
    @Override public boolean handleOperation(String id, MultivaluedSimpleAttributeOperation op) { return rec("MultiSimple", op); }
    @Override public boolean handleOperation(String id, RemoveComplexAttributeOperation op) { return rec("RemoveComplex", op); }
    @Override public boolean handleOperation(String id, MultivaluedComplexAttributeOperation op) { return rec("MultiComplex", op); }
    @Override public boolean handleOperation(String id, MultivaluedComplexSimpleSubAttributeOperation op) { return rec("MultiComplexSimpleSub", op); }
    @Override public boolean handleOperation(String id, MultivaluedComplexMultivaluedSubAttributeOperation op) { return rec("MultiComplexMultiSub", op); }
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String[] patches = {
        "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u5\"},{\"value\":\"u6\"}]}",
        "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\"}",
        "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"},{\"value\":\"u2\"}]}",
        "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"u9\"}]}",
        "{\"op\":\"remove\",\"path\":\"members\"}",
    };
    // 1) custom PatchOperationHandler: is the group ever loaded?
    for (String p : patches) {
      CaptainSupport d = new CaptainSupport(true, new DeltaHandler());
      d.groups.store.byId.put("g1", Group.builder().id("g1").displayName("G").build());
      ScimResponse r = d.endpoint.handleRequest(CaptainSupport.BASE + "/Groups/g1", HttpMethod.PATCH, Cases.patch(p),
          CaptainSupport.HEADERS, null);
      System.out.println("[delta] " + p + "\n   HTTP " + r.getHttpStatus() + " getResource() calls=" + d.groups.getCalls
          + " ops=" + LOG + (r.getHttpStatus() >= 300 ? " body=" + r : ""));
      LOG.clear();
    }
    // 2) default handler on an n-member group: what does the storage layer see?
    ObjectNode g = JsonNodeFactory.instance.objectNode();
    g.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
    g.put("id", "g1").put("displayName", "G");
    ArrayNode m = g.putArray("members");
    for (int i = 0; i < n; i++) m.addObject().put("value", "u" + i);
    CaptainSupport def = new CaptainSupport(true);
    def.seedGroup(g.toString());
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      ScimResponse r = def.endpoint.handleRequest(CaptainSupport.BASE + "/Groups/g1?excludedAttributes=members", HttpMethod.PATCH,
          Cases.patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"new" + round + "\"}]}"), CaptainSupport.HEADERS, null);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.println("[default] add 1 member to " + n + "-member group: HTTP " + r.getHttpStatus() + " in " + ms
          + " ms; getResource() calls=" + def.groups.getCalls + "; updateResource() got members="
          + def.groups.store.byId.get("g1").getMembers().size());
    }
  }
}
