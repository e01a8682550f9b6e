// Cold-start: parse the filter and apply the PATCH with scim-sdk-server (our own code).
import de.captaingoldfish.scim.sdk.common.constants.enums.HttpMethod;
import de.captaingoldfish.scim.sdk.common.response.ScimResponse;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.utils.RequestUtils;

public class ColdCaptain {
  public static void main(String[] args) {
    CaptainSupport s = new CaptainSupport(true);
    s.seedUser(ColdInputs.USER);
    FilterNode f = RequestUtils.parseFilter(s.userType, ColdInputs.FILTER);
    ScimResponse r = s.endpoint.handleRequest(CaptainSupport.BASE + "/Users/u9", HttpMethod.PATCH, ColdInputs.PATCH,
        CaptainSupport.HEADERS, null);
    System.out.println(f + " -> " + r.getHttpStatus() + " "
        + s.users.store.byId.get("u9").get("emails").get(0).get("value").asText());
  }
}
