package io.scimgate.bench;

import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.testing.FaultyDynamo;
import io.scimgate.testing.FaultyHttpClient.Fault;
import io.scimgate.testing.TestTenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How long a request takes to give up, and how many DynamoDB attempts it makes, when a fault
 * persists: the numbers behind docs/decisions/0004-retry-budget.md. Each scenario runs {@code
 * args[0]} times (default 5) through the Users front door over DynamoDB Local behind the fault
 * client, with the service's SDK configuration. Not a test: prints a table. See
 * docs/benchmarks/retry-budget.md for the command.
 */
public final class RetryBudgetBenchmark {
  private record Scenario(String name, String method, String operation, Fault fault) {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<Scenario> scenarios =
        List.of(
            new Scenario(
                "PATCH /Users, TransactionConflict on every write",
                "PATCH",
                "TransactWriteItems",
                Fault.TRANSACTION_CONFLICT),
            new Scenario(
                "PATCH /Users, ThrottlingException on every write",
                "PATCH",
                "TransactWriteItems",
                Fault.THROTTLING),
            new Scenario(
                "PATCH /Users, 500 on every write",
                "PATCH",
                "TransactWriteItems",
                Fault.SERVER_ERROR),
            new Scenario("GET /Users/{id}, every GetItem hangs", "GET", "GetItem", Fault.HANG));
    System.out.printf(
        "%-52s %6s %9s %9s %9s %9s%n",
        "scenario", "status", "min ms", "median ms", "max ms", "attempts");
    for (Scenario s : scenarios) {
      List<Long> millis = new ArrayList<>();
      List<Long> attempts = new ArrayList<>();
      int status = 0;
      for (int run = 0; run < runs; run++) {
        FaultyDynamo table = FaultyDynamo.freshTable();
        TestTenant acme = TestTenant.on(table.dynamo, "acme");
        String id =
            Json.parse(
                    acme.components
                        .users()
                        .handle(
                            acme.scim(
                                "POST",
                                "/Users",
                                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"u\"}",
                                Map.of()))
                        .body())
                .path("id")
                .asText();
        table.http.always(s.operation(), s.fault());
        table.http.resetCounts();
        String body =
            s.method().equals("PATCH")
                ? "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                    + "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}]}"
                : null;
        long start = System.nanoTime();
        HttpResponse reply =
            acme.components.users().handle(acme.scim(s.method(), "/Users/" + id, body, Map.of()));
        millis.add((System.nanoTime() - start) / 1_000_000);
        attempts.add(table.http.requests().getOrDefault(s.operation(), 0L));
        status = reply.status();
      }
      Collections.sort(millis);
      Collections.sort(attempts);
      System.out.printf(
          "%-52s %6d %9d %9d %9d %4d-%-4d%n",
          s.name(),
          status,
          millis.getFirst(),
          millis.get(millis.size() / 2),
          millis.getLast(),
          attempts.getFirst(),
          attempts.getLast());
    }
    System.exit(0);
  }
}
