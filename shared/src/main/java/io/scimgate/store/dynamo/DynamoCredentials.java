package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.Credentials;
import io.scimgate.store.TokenStore.StoredToken;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Tokens read together with the tenant record ({@code (T#<t>#, TOKEN#<digest>)} and {@code (T#<t>#,
 * TENANT)}: one BatchGetItem), issued under a ConditionCheck on the tenant record.
 */
public record DynamoCredentials(Dynamo dynamo) implements Credentials {

  @Override
  public Optional<Credential> find(String tenantId, String digest) {
    String pk = Keys.tenant(tenantId);
    String tokenSk = Keys.tokenSk(digest);
    if (!Keys.fits(pk, tokenSk)) {
      return Optional.empty();
    }
    Map<String, AttributeValue> token = null;
    boolean deleting = false;
    for (Map<String, AttributeValue> item :
        new Batches(dynamo)
            .get(List.of(Dynamo.key(pk, tokenSk), DynamoTenantStore.key(tenantId)), null)) {
      if (item.get(Keys.SK).s().equals(tokenSk)) {
        token = item;
      } else {
        deleting = TenantErasureState.isDeleting(item);
      }
    }
    return token == null
        ? Optional.empty()
        : Optional.of(new Credential(DynamoTokenStore.token(tenantId, token), deleting));
  }

  @Override
  public boolean issue(StoredToken token) {
    TransactWriteItem tenantAccepts =
        dynamo.checkAction(c ->
            c.key(DynamoTenantStore.key(token.tenantId()))
                .conditionExpression(
                    "attribute_exists(pk) AND (attribute_not_exists(#st) OR #st <> :del)")
                .expressionAttributeNames(Map.of("#st", TenantErasureState.STATUS))
                .expressionAttributeValues(Map.of(":del", s(TenantErasureState.DELETING))));
    TransactWriteItem put = dynamo.putAction(p -> p.item(DynamoTokenStore.item(token)));
    // A failed condition means the tenant is gone or being erased: nothing is written.
    try {
      new Transactions(dynamo).write(List.of(tenantAccepts, put), failed -> new RefusedIssue());
      return true;
    } catch (RefusedIssue e) {
      return false;
    }
  }

  /** The tenant record's condition failed; never leaves this class. */
  private static final class RefusedIssue extends RuntimeException {
    RefusedIssue() {
      super(null, null, false, false);
    }
  }

  @Override
  public int revokeAll(String tenantId) {
    List<Map<String, AttributeValue>> keys =
        new Reads(dynamo)
            .prefixed(Keys.tenant(tenantId), Keys.tokenSk("")).stream()
                .map(item -> Dynamo.key(item.get(Keys.PK).s(), item.get(Keys.SK).s()))
                .toList();
    new Batches(dynamo).delete(keys);
    return keys.size();
  }
}
