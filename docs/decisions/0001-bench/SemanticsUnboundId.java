// Same probe for scim2-sdk-common (our own code).
import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import com.unboundid.scim2.common.utils.JsonUtils;

public class SemanticsUnboundId {
  public static void main(String[] args) throws Exception {
    JsonNode u = JsonUtils.getObjectReader().readTree("""
        {"userName":"bjensen","emails":[{"type":"work","value":"a@other.org"},{"type":"home","value":"x"}]}""");
    String f = "emails[type eq \"work\" and value eq \"x\"]";
    System.out.println(f + "  => matches=" + FilterEvaluator.evaluate(Filter.fromString(f), u) + " (correct: false)");
  }
}
