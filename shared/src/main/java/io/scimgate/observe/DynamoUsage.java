package io.scimgate.observe;

/**
 * DynamoDB calls of one request as {@link DynamoMeter} saw them: calls, attempts beyond the first
 * (retries), throttled attempts and the capacity DynamoDB reported consuming. Counted by the thread
 * serving the request; read once by the access line.
 */
public final class DynamoUsage {
  private int calls;
  private int retries;
  private int throttles;
  private double readUnits;
  private double writeUnits;

  void call(int attempts, boolean write, double capacityUnits) {
    calls++;
    retries += Math.max(0, attempts - 1);
    if (write) {
      writeUnits += capacityUnits;
    } else {
      readUnits += capacityUnits;
    }
  }

  void throttled() {
    throttles++;
  }

  public int calls() {
    return calls;
  }

  public int retries() {
    return retries;
  }

  public int throttles() {
    return throttles;
  }

  public double readUnits() {
    return readUnits;
  }

  public double writeUnits() {
    return writeUnits;
  }
}
