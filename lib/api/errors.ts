// Errors a use case or route may raise, and their HTTP mapping (see lib/api/handler.ts).
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

export class NotFoundError extends ApiError {
  constructor(what: string) {
    super(404, "not_found", `${what} not found.`);
  }
}

export class UnauthenticatedError extends ApiError {
  constructor() {
    super(401, "unauthenticated", "Sign in, or send 'Authorization: Bearer <token>'.");
  }
}
