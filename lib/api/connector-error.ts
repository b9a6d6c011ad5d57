// A platform refusing a synchronous call (hide) is the platform's answer, not our failure: 502 with its reason.
import { ConnectorError } from "../connectors/connector";
import { errorBody, json } from "./handler";

export function connectorErrorResponse(err: unknown): Response {
  if (!(err instanceof ConnectorError)) throw err;
  return json(errorBody("platform_error", err.message, { retryable: err.retryable, code: err.platformCode ?? null }), 502);
}
