package io.scimgate.scim.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimgate.http.HttpRequest;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.error.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListRequestTest {

  @ParameterizedTest(name = "startIndex={0} count={1} -> {2},{3}")
  @CsvSource({
    "'',   '',    1, 100",
    "1,    2,     1, 2",
    "0,    10,    1, 10",
    "-5,   10,    1, 10",
    "3,    0,     3, 0",
    "1,    -1,    1, 0",
    "1,    5000,  1, 1000",
    "1,    1000,  1, 1000",
  })
  void paging_normalisedPerRfc7644(String startIndex, String count, int wantStart, int wantCount) {
    ListRequest list = ListRequest.fromQuery(get(Map.of("startIndex", startIndex, "count", count)));

    assertEquals(wantStart, list.startIndex());
    assertEquals(wantCount, list.count());
  }

  @Test
  void paging_nonInteger_isInvalidValue() {
    assertThrows(
        InvalidValueException.class, () -> ListRequest.fromQuery(get(Map.of("count", "ten"))));
    assertThrows(
        InvalidValueException.class, () -> ListRequest.fromQuery(get(Map.of("startIndex", "1.5"))));
  }

  @Test
  void filter_garbage_isInvalidFilter() {
    assertThrows(
        InvalidFilterException.class,
        () -> ListRequest.fromQuery(get(Map.of("filter", "userName eq"))));
  }

  @Test
  void unknownParams_areIgnored_andNamesAreCaseInsensitive() {
    ListRequest list =
        ListRequest.fromQuery(
            get(Map.of("aadOptscim062020", "", "STARTINDEX", "4", "Filter", "userName eq \"a\"")));

    assertEquals(4, list.startIndex());
    assertEquals("userName eq \"a\"", list.filter().toString());
  }

  @Test
  void searchBody_readsNumbersAndAttributeArrays() throws Exception {
    ListRequest list =
        ListRequest.fromSearchBody(
            Json.parse(
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"userName sw \\"a\\"","startIndex":2,"count":3,"sortBy":"userName",
                 "sortOrder":"descending","attributes":["userName","emails"]}\
                """));

    assertEquals(2, list.startIndex());
    assertEquals(3, list.count());
    assertEquals("userName", list.sortBy());
    assertEquals("descending", list.sortOrder());
    assertEquals(List.of("userName", "emails"), list.selection().attributes());
  }

  @Test
  void queryKey_dependsOnFilterOnly() {
    String a =
        ListRequest.fromQuery(get(Map.of("filter", "active eq true", "startIndex", "1")))
            .queryKey();
    String b =
        ListRequest.fromQuery(get(Map.of("filter", "active  eq  true", "startIndex", "51")))
            .queryKey();
    String c = ListRequest.fromQuery(get(Map.of("filter", "active eq false"))).queryKey();

    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void window_beyondTotal_isEmpty_countZero_isEmpty() {
    List<Integer> all = List.of(1, 2, 3, 4, 5);

    assertEquals(
        List.of(2, 3),
        ListRequest.fromQuery(get(Map.of("startIndex", "2", "count", "2"))).window(all));
    assertEquals(
        List.of(5),
        ListRequest.fromQuery(get(Map.of("startIndex", "5", "count", "9"))).window(all));
    assertEquals(List.of(), ListRequest.fromQuery(get(Map.of("startIndex", "6"))).window(all));
    assertEquals(List.of(), ListRequest.fromQuery(get(Map.of("count", "0"))).window(all));
    assertNull(ListRequest.fromQuery(get(Map.of("filter", " "))).filter());
  }

  private static HttpRequest get(Map<String, String> query) {
    // An empty table cell stands for "parameter absent"; Entra's flag arrives with an empty value.
    Map<String, String> q = new java.util.HashMap<>(query);
    q.entrySet().removeIf(e -> e.getValue().isEmpty() && !e.getKey().startsWith("aad"));
    return new HttpRequest("GET", "/tenants/acme/scim/v2/Users", Map.of(), q, Map.of(), null, "r");
  }
}
