// Shared dialect cases for the 0001 scim-engine decision bench (our own code).
import java.util.List;

final class Cases {
  record Case(String id, String title, String resource, String input, String lowerOpInput) {}

  static final String USER = """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "id":"u9","userName":"bjensen","displayName":"Babs","nickName":"B","active":true,
       "name":{"givenName":"Barbara","familyName":"Jensen"},
       "emails":[{"type":"work","value":"x"},{"type":"home","value":"h@example.org"}]}""";
  static final String USER_NO_EMAILS = """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u9","userName":"bjensen","active":true}""";
  static final String GROUP = """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1","displayName":"G",
       "members":[{"value":"u1"},{"value":"u2"},{"value":"u3"}]}""";

  static String patch(String ops) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + ops + "]}";
  }

  static final String ENTRA_FILTER = "emails[type eq \"work\"].value eq \"x\"";

  static final List<Case> ALL = List.of(
      new Case("i", "capitalised ops Add/Replace/Remove", USER,
          patch("{\"op\":\"Add\",\"path\":\"title\",\"value\":\"T\"},"
              + "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"D\"},"
              + "{\"op\":\"Remove\",\"path\":\"nickName\"}"),
          patch("{\"op\":\"add\",\"path\":\"title\",\"value\":\"T\"},"
              + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"D\"},"
              + "{\"op\":\"remove\",\"path\":\"nickName\"}")),
      new Case("ii", "boolean as string \"False\"", USER,
          patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"),
          patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"False\"}")),
      new Case("iii", "value-filter add creates missing entry", USER_NO_EMAILS,
          patch("{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"x@y\"}"),
          patch("{\"op\":\"add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"x@y\"}")),
      new Case("iv", "remove members with value list removes only u1", GROUP,
          patch("{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}"),
          patch("{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}")),
      new Case("v", "Entra filter " + ENTRA_FILTER, USER, ENTRA_FILTER, ENTRA_FILTER),
      new Case("vi", "path-less replace, dotted + URN keys", USER,
          patch("{\"op\":\"replace\",\"value\":{\"name.givenName\":\"A\","
              + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber\":\"7\"}}"),
          null),
      new Case("vii", "manager as bare string", USER,
          patch("{\"op\":\"Add\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager\",\"value\":\"m1\"}"),
          patch("{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager\",\"value\":\"m1\"}")));

  private Cases() {}
}
