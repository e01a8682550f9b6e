// Inputs shared by the cold-start mains (our own code).
final class ColdInputs {
  static final String FILTER = "userName eq \"bjensen\" and emails[type eq \"work\" and value co \"@example.com\"]";
  static final String USER = """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u9","userName":"bjensen",
       "name":{"givenName":"Barbara","familyName":"Jensen"},"active":true,
       "emails":[{"type":"work","value":"bjensen@example.com","primary":true},{"type":"home","value":"babs@jensen.org"}]}""";
  static final String PATCH = """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
       "Operations":[{"op":"replace","path":"emails[type eq \\"work\\"].value","value":"barbara@example.com"}]}""";
  private ColdInputs() {}
}
