// Issue #26 item 7: with SMTP set, a draft submitted for approval is also e-mailed to every lead, in the lead's
// language, with a link to the case; the author and other workspaces get nothing. Real nodemailer, real SMTP
// over loopback to a local server (tests/fakes/fake-smtp.ts); without SMTP nothing is sent and nothing fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { resetEnvCache } from "@/lib/config/env";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { startFakeSmtp } from "../fakes/fake-smtp";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let cm: Member, leadFr: Member, leadEn: Member;
let caseId: string, caseNumber: number;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  smtp = await startFakeSmtp();
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  leadFr = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  leadEn = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  await makeMember(db.prisma, (await makeWorkspace(db.prisma)).ws.id, "TEAM_LEAD");
  await db.prisma.user.update({ where: { id: leadFr.userId }, data: { locale: "fr" } });
  const r = await ingestEvents(db.prisma, channel.id, [comment({ externalId: "em1", body: "Colis perdu depuis dix jours, personne ne répond", author: { platformUserId: "em-u1", name: "Inès Roy" } })]);
  caseId = r.caseIds[0]!;
  caseNumber = (await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).number;
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  resetEnvCache();
  await smtp?.close();
  await db?.dispose();
});

const submit = () => submitDraftForApproval(db.prisma, cm, caseId, { text: "Ce n'est pas notre faute, voyez avec votre banque.", visibility: "public" });

describe("approval requests by e-mail", () => {
  it("sends nothing, and fails nothing, while SMTP is not set", async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    await expect(submit()).resolves.toMatchObject({ status: "PENDING" });
    expect(smtp.mails).toHaveLength(0);
  });

  it("e-mails every lead of the workspace in their language, with the case's link", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.NEXTAUTH_URL = "https://inbox.example.test";
    resetEnvCache();
    await submit();
    const leadEmails = await db.prisma.user.findMany({ where: { id: { in: [leadFr.userId, leadEn.userId] } }, select: { id: true, email: true } });
    const emailOf = (id: string) => leadEmails.find((u) => u.id === id)!.email;
    expect(smtp.mails.map((m) => m.to).flat().sort()).toEqual([emailOf(leadFr.userId), emailOf(leadEn.userId)].sort());
    // nodemailer may encode subject and body (quoted-printable, encoded words): read the decoded form.
    const fr = { data: decodeQp(smtp.mails.find((m) => m.to.includes(emailOf(leadFr.userId)))!.data) };
    const en = { data: decodeQp(smtp.mails.find((m) => m.to.includes(emailOf(leadEn.userId)))!.data) };
    const link = `https://inbox.example.test/cases/${caseId}`;
    expect(fr.data).toContain(link);
    expect(en.data).toContain(link);
    expect(en.data).toMatch(new RegExp(`waits for your approval`));
    expect(en.data).toContain(`case #${caseNumber}`);
    expect(fr.data).toContain(`dossier n°${caseNumber}`);
  });
});

function decodeQp(s: string): string {
  const body = s.replace(/=\r\n/g, "").replace(/(?:=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ""), "hex").toString("utf8"));
  return body.replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_m, q: string): string => decodeQp(q.replace(/_/g, " ")));
}
