package io.scimgate.testing;

import io.scimgate.store.dynamo.Dynamo;

/** A fresh DynamoDB Local table whose client counts requests, items and capacity. */
public record CountedTable(Dynamo dynamo, CountingDynamoDbClient counter) {

  public static CountedTable fresh() {
    Dynamo plain = LocalDynamo.freshTable();
    CountingDynamoDbClient counter = new CountingDynamoDbClient(plain.client());
    return new CountedTable(new Dynamo(counter, plain.table()), counter);
  }
}
