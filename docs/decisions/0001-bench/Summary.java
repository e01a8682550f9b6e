// Result summariser shared by the dialect runners (our own code).
import com.fasterxml.jackson.databind.JsonNode;

final class Summary {
  static String summary(String id, JsonNode n) {
    return switch (id) {
      case "i" -> "title=" + n.get("title") + " displayName=" + n.get("displayName") + " nickName=" + n.get("nickName");
      case "ii" -> "active=" + n.get("active") + " (" + (n.get("active") == null ? "absent" : n.get("active").getNodeType()) + ")";
      case "iii" -> "emails=" + n.get("emails");
      case "iv" -> "members=" + n.get("members");
      case "vi" -> "name=" + n.get("name") + " name.givenName-key=" + n.get("name.givenName") + " ext="
          + n.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
          + " urnKey=" + n.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber");
      case "vii" -> "ext=" + n.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
      default -> n.toString();
    };
  }
  private Summary() {}
}
