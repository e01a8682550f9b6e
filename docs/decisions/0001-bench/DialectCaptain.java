// Runs the dialect cases against de.captaingoldfish:scim-sdk-server (our own test code).
import com.fasterxml.jackson.databind.JsonNode;
import de.captaingoldfish.scim.sdk.common.constants.enums.HttpMethod;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.response.ScimResponse;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.filter.resources.FilterResourceResolver;
import de.captaingoldfish.scim.sdk.server.utils.RequestUtils;
import java.util.List;

public class DialectCaptain {
  public static void main(String[] args) {
    for (boolean wa : new boolean[] {false, true}) {
      System.out.println("######## PatchConfig MS-Azure workarounds " + (wa ? "ON" : "OFF (default)"));
      for (Cases.Case c : Cases.ALL) {
        System.out.println("== case " + c.id() + ": " + c.title());
        System.out.println("   as sent : " + run(c, c.input(), wa));
        if (c.lowerOpInput() != null && !c.lowerOpInput().equals(c.input())) {
          System.out.println("   op lower: " + run(c, c.lowerOpInput(), wa));
        }
      }
    }
  }

  static String run(Cases.Case c, String input, boolean wa) {
    try {
      CaptainSupport s = new CaptainSupport(wa);
      boolean group = c.resource().contains(":Group\"");
      if (group) s.seedGroup(c.resource()); else s.seedUser(c.resource());
      if (c.id().equals("v")) {
        FilterNode f = RequestUtils.parseFilter(s.userType, input);
        User u = s.users.store.byId.get("u9");
        List<User> hit = FilterResourceResolver.filterResources(s.sp, List.of(u), f);
        return "parsed as " + f + " ; matches user(work email 'x') = " + !hit.isEmpty();
      }
      String url = CaptainSupport.BASE + (group ? "/Groups/g1" : "/Users/u9");
      ScimResponse r = s.endpoint.handleRequest(url, HttpMethod.PATCH, input, CaptainSupport.HEADERS, null);
      if (r.getHttpStatus() >= 300) {
        return "HTTP " + r.getHttpStatus() + " " + r.toString().replace('\n', ' ');
      }
      JsonNode n = group ? s.groups.store.byId.get("g1") : s.users.store.byId.get("u9");
      return "HTTP " + r.getHttpStatus() + " -> " + Summary.summary(c.id(), n);
    } catch (Exception e) {
      return "EXCEPTION " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ');
    }
  }
}
