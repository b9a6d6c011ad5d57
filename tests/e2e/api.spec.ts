// REST API v1 over real HTTP with tokens made by the CLI.
import { expect, test } from "@playwright/test";
import { cliToken } from "./helpers";

let cm: string;
let cs: string;
test.beforeAll(() => {
  cm = cliToken("cm@demo.test");
  cs = cliToken("cs@demo.test");
});
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

test("no token → 401, bad token → 401", async ({ request }) => {
  expect((await request.get("/api/v1/cases")).status()).toBe(401);
  const bad = await request.get("/api/v1/cases", { headers: auth("sib_nope") });
  expect(bad.status()).toBe(401);
  expect((await bad.json()).error.code).toBe("unauthenticated");
});

test("lists cases with cursor pagination and filters", async ({ request }) => {
  const first = await request.get("/api/v1/cases?limit=20", { headers: auth(cm) });
  expect(first.status()).toBe(200);
  const page1 = await first.json();
  expect(page1.data).toHaveLength(20);
  expect(page1.nextCursor).toEqual(expect.any(String));
  const page2 = await (await request.get(`/api/v1/cases?limit=20&cursor=${page1.nextCursor}`, { headers: auth(cm) })).json();
  const ids = new Set([...page1.data, ...page2.data].map((c: { id: string }) => c.id));
  expect(ids.size).toBe(40);
  const search = await (await request.get("/api/v1/cases?q=livraison&limit=100", { headers: auth(cm) })).json();
  expect(search.data.length).toBeGreaterThan(3);
  const escalated = await (await request.get("/api/v1/cases?status=ESCALATED", { headers: auth(cm) })).json();
  expect(escalated.data.every((c: { status: string }) => c.status === "ESCALATED")).toBe(true);
});

test("invalid parameters → 400 with a clear message", async ({ request }) => {
  for (const qs of ["status=LOST", "limit=1000", "assignee=bob", "cursor=abc", "colour=red"]) {
    const res = await request.get(`/api/v1/cases?${qs}`, { headers: auth(cm) });
    expect(res.status(), qs).toBe(400);
    expect((await res.json()).error.message).toMatch(/Invalid request/);
  }
  expect((await request.get("/api/v1/cases/not-a-uuid", { headers: auth(cm) })).status()).toBe(400);
});

test("a case comes with its messages and events in order; unknown → 404", async ({ request }) => {
  const list = await (await request.get("/api/v1/cases?limit=100", { headers: auth(cm) })).json();
  const withThread = list.data.find((c: { messageCount: number }) => c.messageCount > 2);
  const res = await request.get(`/api/v1/cases/${withThread.id}`, { headers: auth(cm) });
  expect(res.status()).toBe(200);
  const { data } = await res.json();
  const times = data.messages.map((m: { platformCreatedAt: string }) => Date.parse(m.platformCreatedAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(data.events[0].action).toBe("CASE_CREATED");
  const missing = await request.get("/api/v1/cases/00000000-0000-4000-8000-000000000000", { headers: auth(cm) });
  expect(missing.status()).toBe(404);
});

test("wrong role → 403; customer service cannot read a non-escalated case", async ({ request }) => {
  expect((await request.get("/api/v1/channels", { headers: auth(cs) })).status()).toBe(403);
  expect((await request.get("/api/v1/channels", { headers: auth(cm) })).status()).toBe(403);
  const csList = await (await request.get("/api/v1/cases", { headers: auth(cs) })).json();
  expect(csList.data).toHaveLength(1);
  const other = (await (await request.get("/api/v1/cases?status=NEW", { headers: auth(cm) })).json()).data[0];
  expect((await request.get(`/api/v1/cases/${other.id}`, { headers: auth(cs) })).status()).toBe(404);
});

test("DELETE is 405 on cases, messages and events; unknown API paths are JSON 404", async ({ request }) => {
  const id = (await (await request.get("/api/v1/cases?limit=1", { headers: auth(cm) })).json()).data[0].id;
  for (const path of ["/api/v1/cases", `/api/v1/cases/${id}`, `/api/v1/cases/${id}/messages`, `/api/v1/cases/${id}/events`]) {
    const res = await request.delete(path, { headers: auth(cm) });
    expect(res.status(), path).toBe(405);
  }
  const after = await request.get(`/api/v1/cases/${id}`, { headers: auth(cm) });
  expect(after.status()).toBe(200);
  const unknown = await request.get("/api/v1/nothing-here", { headers: auth(cm) });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
});

test("the channel list never carries secrets", async ({ request }) => {
  const lead = cliToken("lead@demo.test");
  const res = await request.get("/api/v1/channels", { headers: auth(lead) });
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).not.toMatch(/secret|token|Ciphertext/i);
  const names = (JSON.parse(text) as { data: { name: string }[] }).data.map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(["Maison Lumière (Facebook, demo)", "@MaisonLumiere (X, demo)"]));
});
