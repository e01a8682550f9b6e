// Probe: does a complex value filter bind both conditions to the SAME multi-valued element? (our own code)
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.filter.resources.FilterResourceResolver;
import de.captaingoldfish.scim.sdk.server.utils.RequestUtils;

public class SemanticsCaptain {
  public static void main(String[] args) {
    String user = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u9","userName":"bjensen",
         "emails":[{"type":"work","value":"a@other.org"},{"type":"home","value":"x"}]}""";
    CaptainSupport s = new CaptainSupport(true);
    User u = JsonHelper.readJsonDocument(user, User.class);
    for (String f : new String[] {"emails[type eq \"work\" and value eq \"x\"]", "emails[type eq \"work\"].value eq \"x\""}) {
      FilterNode n = RequestUtils.parseFilter(s.userType, f);
      System.out.println(f + "  => matches=" + !FilterResourceResolver.filterResources(s.sp, List.of(u), n).isEmpty()
          + " (correct: false; work email is a@other.org, 'x' is the home email)");
    }
  }
}
