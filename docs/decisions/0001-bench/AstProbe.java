// Probe: does scim-sdk-server's filter AST distinguish emails[a and b] from emails.a and emails.b? (our own code)
import de.captaingoldfish.scim.sdk.server.filter.*;
import de.captaingoldfish.scim.sdk.server.utils.RequestUtils;

public class AstProbe {
  public static void main(String[] args) {
    CaptainSupport s = new CaptainSupport(true);
    for (String f : new String[] {"emails[type eq \"work\" and value eq \"x\"]", "emails.type eq \"work\" and emails.value eq \"x\""}) {
      StringBuilder b = new StringBuilder();
      dump(RequestUtils.parseFilter(s.userType, f), b, 0);
      System.out.println(f + "\n" + b);
    }
  }
  static void dump(FilterNode n, StringBuilder b, int d) {
    b.append("  ".repeat(d + 1)).append(n.getClass().getSimpleName()).append(" sub=").append(n.getSubAttributeName())
        .append(" parent=").append(n.getParent() == null ? null : n.getParent().getClass().getSimpleName());
    if (n instanceof AttributeExpressionLeaf l) b.append(" leaf=").append(l).append(" parentAttr=").append(l.getParentAttributeName());
    if (n instanceof AttributePathRoot r) b.append(" root=").append(r);
    b.append('\n');
    if (n instanceof AndExpressionNode a) { dump(a.getLeftNode(), b, d + 1); dump(a.getRightNode(), b, d + 1); }
    if (n instanceof AttributePathRoot r && r.getChild() != null) dump(r.getChild(), b, d + 1);
  }
}
