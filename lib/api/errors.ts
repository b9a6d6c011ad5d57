// Transport refusals of the API wrapper itself (no credentials, a cross-site request, a body that is not JSON):
// HTTP from the start, so they stay here. Use cases throw domain errors (lib/errors/domain-errors.ts) instead.
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends ApiError {
  constructor() {
    super(401, "unauthenticated", "Sign in, or send 'Authorization: Bearer <token>'.");
  }
}
