package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A ConditionExpression with its placeholders, for the conditional actions of a write; on an
 * update, the placeholders serve its UpdateExpression too.
 */
record Condition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {

  /** A condition without placeholders, e.g. {@code attribute_exists(pk)}. */
  static Condition of(String expression) {
    return new Condition(expression, null, null);
  }

  /** This condition on a transaction's Delete (the SDK's action builders share no interface). */
  Delete.Builder on(Delete.Builder delete) {
    return delete
        .conditionExpression(expression)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values);
  }

  /** This condition on a transaction's ConditionCheck. */
  ConditionCheck.Builder on(ConditionCheck.Builder check) {
    return check
        .conditionExpression(expression)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values);
  }

  /** This condition on a transaction's Update. */
  Update.Builder on(Update.Builder update) {
    return update
        .conditionExpression(expression)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values);
  }

  /** The stored item is at {@code version}. */
  static Condition version(long version) {
    return new Condition("#v = :v", Map.of("#v", Items.VERSION), Map.of(":v", n(version)));
  }

  /**
   * Each attribute still has the value it has in {@code item} (or is still absent): what a write
   * derived from those values (uniqueness markers, counters) depends on, and nothing else, so
   * unrelated concurrent changes do not make it lose.
   */
  static Condition unchanged(Map<String, AttributeValue> item, List<String> attributes) {
    List<String> terms = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    for (int i = 0; i < attributes.size(); i++) {
      names.put("#u" + i, attributes.get(i));
      AttributeValue value = item.get(attributes.get(i));
      if (value == null) {
        terms.add("attribute_not_exists(#u" + i + ")");
      } else {
        terms.add("#u" + i + " = :u" + i);
        values.put(":u" + i, value);
      }
    }
    terms.add(0, "attribute_exists(pk)");
    return new Condition(String.join(" AND ", terms), names, values.isEmpty() ? null : values);
  }
}
