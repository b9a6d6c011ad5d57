// The one mapping of expected errors (lib/errors/to-problem.ts): each kind keeps the HTTP status and code the API
// has always answered, a connector error that escapes a use case is the platform's answer (502), and anything
// else is not an expected error.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConnectorError } from "@/lib/connectors/connector";
import { conflict, gone, invalid, notFound, rateLimited, tooLarge } from "@/lib/errors/domain-errors";
import { toProblem } from "@/lib/errors/to-problem";
import { platformCall } from "@/lib/errors/upstream";

describe("toProblem", () => {
  it("keeps each kind's status and code", () => {
    const cases = [
      [invalid("weak_password", "Too weak."), 400, "weak_password"],
      [new ForbiddenError("cases.update"), 403, "forbidden"],
      [notFound("Case"), 404, "not_found"],
      [conflict("invalid_transition", "No."), 409, "invalid_transition"],
      [gone("invitation_used", "Used."), 410, "invitation_used"],
      [tooLarge("payload_too_large", "Too big."), 413, "payload_too_large"],
      [rateLimited("too_many_attempts", "Wait.", 30), 429, "too_many_attempts"],
    ] as const;
    for (const [err, status, code] of cases) expect(toProblem(err)).toMatchObject({ status, code, message: err.message });
  });

  it("gives forms a message key: the rule's own words, or a generic sentence for internal names", () => {
    expect(toProblem(conflict("x", "Resolve the escalation first."))).toMatchObject({ messageKey: "errors.message", values: { message: "Resolve the escalation first." } });
    expect(toProblem(notFound("Case"))?.messageKey).toBe("errors.notFound");
    expect(toProblem(new ForbiddenError("cases.update"))).toMatchObject({ messageKey: "errors.forbidden", message: "Your role does not allow this (cases.update)." });
    expect(toProblem(new ForbiddenError("cases.update"))?.details).toBeUndefined();
  });

  it("says when to retry after a 429", () => {
    expect(toProblem(rateLimited("rate_limited", "Wait.", 42))?.headers).toEqual({ "Retry-After": "42" });
  });

  it("maps a platform refusal to 502 platform_error, also when a use case let it through", async () => {
    const refused = new ConnectorError("Facebook: permission error", { retryable: false, platformCode: "200" });
    const viaUseCase = await platformCall(Promise.reject(refused)).catch((e: unknown) => e);
    for (const err of [viaUseCase, refused]) {
      expect(toProblem(err)).toMatchObject({
        status: 502, code: "platform_error", message: "Facebook: permission error",
        details: { retryable: false, code: "200" }, messageKey: "errors.upstream", values: { reason: "Facebook: permission error" },
      });
    }
  });

  it("keeps validation issues for the form and an English sentence for the API", () => {
    const err = z.object({ text: z.string().min(1, "text: write something") }).safeParse({ text: "" }).error;
    expect(toProblem(err)).toMatchObject({ status: 400, code: "invalid_request", message: "Invalid request: text: write something" });
    expect(toProblem(err)?.issues).toHaveLength(1);
  });

  it("leaves anything unexpected to the edge (logged, 500)", () => {
    expect(toProblem(new Error("boom"))).toBeNull();
    expect(toProblem("boom")).toBeNull();
  });
});
