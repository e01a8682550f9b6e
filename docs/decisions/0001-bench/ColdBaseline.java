// Cold-start baseline: parse the same user + PATCH bodies with plain Jackson only (our own code).
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public class ColdBaseline {
  public static void main(String[] args) throws Exception {
    ObjectMapper om = new ObjectMapper();
    JsonNode user = om.readTree(ColdInputs.USER);
    JsonNode patch = om.readTree(ColdInputs.PATCH);
    System.out.println(user.get("userName").asText() + " " + patch.get("Operations").size() + " " + ColdInputs.FILTER.length());
  }
}
