// A platform's refusal inside the domain: connectors report failures as ConnectorError (lib/connectors), and a use
// case that calls a platform while the user waits (hiding a comment) turns it into an `upstream` domain error,
// so every edge shows the platform's reason instead of an unexpected 500. Background jobs (delivery, bans) keep
// the ConnectorError: they decide on a retry from it.
import { ConnectorError } from "../connectors/connector";
import { DomainError } from "./domain-errors";

/** The API's code and details for a platform refusal are part of its contract (502 platform_error). */
export function upstreamOf(err: ConnectorError): DomainError {
  return new DomainError("upstream", "platform_error", err.message, {
    details: { retryable: err.retryable, code: err.platformCode ?? null },
    messageKey: "errors.upstream",
    values: { reason: err.message },
  });
}

/** Awaits a platform call; its ConnectorError becomes an `upstream` domain error, anything else passes through. */
export async function platformCall<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    throw err instanceof ConnectorError ? upstreamOf(err) : err;
  }
}
