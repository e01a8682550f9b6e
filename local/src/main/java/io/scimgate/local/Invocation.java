package io.scimgate.local;

import java.util.concurrent.CompletableFuture;

/**
 * One invoke of a function, from the runner's side of the Runtime API: the event, the request id,
 * and the outcome the runtime reports ({@code /response} or {@code /error}).
 */
final class Invocation {
  /** How an invoke ended, as Lambda would tell its caller. */
  enum Kind {
    /** {@code POST /invocation/{id}/response}: {@link Outcome#payload} is the function's output. */
    SUCCESS,
    /** {@code POST /invocation/{id}/error}: the handler threw; payload is the error document. */
    ERROR,
    /** No response within the function's {@code Timeout}; the sandbox was stopped. */
    TIMEOUT,
    /** The runtime failed to initialise or its process ended mid-invoke. */
    CRASH
  }

  record Outcome(Kind kind, byte[] payload, String errorType) {}

  final String requestId;
  final byte[] event;
  final long timeoutMillis;

  /** Completed with the deadline (epoch ms) when the runtime takes the event from {@code /next}. */
  final CompletableFuture<Long> taken = new CompletableFuture<>();

  final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

  Invocation(String requestId, byte[] event, long timeoutMillis) {
    this.requestId = requestId;
    this.event = event;
    this.timeoutMillis = timeoutMillis;
  }
}
