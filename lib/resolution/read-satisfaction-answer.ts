// After-ingest handler: a customer's message on a case awaiting confirmation is read as their answer (R6).
// A satisfied answer to a resolved or closed case never gets here: ingestion closed the case as CONFIRMED in
// the message's own transaction, without reopening it (confirm-on-answer.ts). What is left to read here:
//  - dissatisfied → the case stays reopened (ingestion reopened it), DISPUTED, and the owner is told;
//  - unclear (issue #18 §4) → the check stays PENDING and the case reopened for a person; the owner is told,
//    with the answer's words, on the case timeline (CUSTOMER_ANSWER_UNCLEAR) and by a notification; and the
//    customer is asked ONCE more, a clarifying yes-or-no question in the case's language (desk.clarify.question),
//    queued like every reply (the outbox sweep delivers it). A second unclear answer is only shown, not asked;
//  - a satisfied answer to a case still open with its check pending (a "oui" after the clarifying question)
//    → the case closes with its CSAT.
// Only an answer to a DELIVERED question counts (satisfaction-round.ts): while the question is still queued, a
// message confirms nothing and asks nothing; it has reopened the case like any other message.
// Idempotent: only a case whose confirmation is still PENDING is touched, in a conditional update; an unclear
// answer is recorded once per message, under the case's row lock.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { PLATFORM, recordAudit } from "../audit/record-audit";
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { notify } from "../notifications/notify";
import { caseOwnerIds } from "../notifications/recipients";
import { DICTIONARIES } from "../i18n/messages";
import { classifyAnswer } from "./classify-answer";
import { answerNotifications, confirmationAudits } from "./confirm-on-answer";
import { satisfactionRounds } from "./satisfaction-round";

export const readSatisfactionAnswer: AfterIngestHandler = {
  name: "read-satisfaction-answer",
  async run(prisma, batch) {
    // One query finds the few messages that answer a pending check; only those are read one by one.
    const inbound = batch.messages.filter((m) => m.direction === "INBOUND").map((m) => m.messageId);
    if (inbound.length === 0) return;
    const answering = await prisma.message.findMany({
      where: { id: { in: inbound }, case: { confirmation: "PENDING" } }, orderBy: { platformCreatedAt: "asc" }, select: { id: true },
    });
    for (const m of answering) await readOne(prisma, m.id);
  },
};

async function readOne(prisma: PrismaClient, messageId: string) {
  const msg = await prisma.message.findUnique({
    where: { id: messageId },
    select: {
      id: true, body: true, platformCreatedAt: true, channelId: true, threadId: true, externalId: true, visibility: true, kind: true,
      case: { select: { id: true, number: true, workspaceId: true, status: true, confirmation: true, language: true } },
    },
  });
  const c = msg?.case;
  if (!msg || !c || c.confirmation !== "PENDING") return;
  const answer = classifyAnswer(msg.body);
  const round = (await satisfactionRounds(prisma, [c.id])).get(c.id);
  if (answer.verdict === "unclear") {
    if (round?.delivered) await unclearAnswer(prisma, { ...msg, case: c }, round.askedAgain ? null : round.questionIds[0]!);
    return;
  }
  const satisfied = answer.verdict === "satisfied";
  // A yes to a question the customer never received is no yes (the case stays reopened, the check pending).
  if (satisfied && !round?.delivered) return;
  await prisma.$transaction(async (tx) => {
    const won = await tx.case.updateMany({
      where: { id: c.id, confirmation: "PENDING" },
      data: satisfied
        ? { confirmation: "CONFIRMED", confirmedAt: msg.platformCreatedAt, csat: answer.csat, status: "CLOSED", closedAt: new Date() }
        : { confirmation: "DISPUTED", confirmedAt: msg.platformCreatedAt, csat: answer.csat },
    });
    if (won.count === 0) return;
    const audits = satisfied
      ? confirmationAudits({ workspaceId: c.workspaceId, caseId: c.id, messageId: msg.id, csat: answer.csat, from: c.status })
      : [{ workspaceId: c.workspaceId, actor: PLATFORM, caseId: c.id, action: "CUSTOMER_DISPUTED" as const, entityType: "message" as const, entityId: msg.id, data: { csat: answer.csat } }];
    for (const a of audits) await recordAudit(tx, a);
    await notify(tx, c.workspaceId, answerNotifications(await caseOwnerIds(tx, c.id), {
      kind: satisfied ? "CUSTOMER_CONFIRMED" : "CUSTOMER_DISPUTED", caseId: c.id, number: c.number, messageId: msg.id, csat: answer.csat,
    }));
  });
}

type AnswerMessage = {
  id: string; body: string; channelId: string; threadId: string | null; externalId: string | null; visibility: string; kind: string;
  case: { id: string; number: number; workspaceId: string; language: string | null };
};

/** Words of the answer shown to the owner (timeline, notification): the first 200 characters. */
const excerpt = (body: string) => (body.length > 200 ? `${body.slice(0, 199)}…` : body);

/**
 * An unclear answer: recorded once (per message) with its words for the owner, and, when `firstQuestionId` is
 * given (the round's clarifying question not asked yet), the clarifying question queued for the customer.
 */
async function unclearAnswer(prisma: PrismaClient, msg: AnswerMessage, firstQuestionId: string | null) {
  const c = msg.case;
  await prisma.$transaction(async (tx) => {
    // The case's row lock orders concurrent readers; the check is then read again under it.
    const [row] = await tx.$queryRaw<{ confirmation: string | null }[]>`SELECT confirmation::text AS confirmation FROM cases WHERE id = ${c.id} FOR UPDATE`;
    if (row?.confirmation !== "PENDING") return;
    const seen = await tx.auditEvent.findFirst({ where: { caseId: c.id, action: "CUSTOMER_ANSWER_UNCLEAR", entityId: msg.id }, select: { id: true } });
    if (seen) return;
    let questionMessageId: string | null = null;
    if (firstQuestionId) {
      const round = (await satisfactionRounds(tx, [c.id])).get(c.id);
      if (round && !round.askedAgain) questionMessageId = await askAgain(tx, msg, firstQuestionId);
    }
    await recordAudit(tx, {
      workspaceId: c.workspaceId, actor: PLATFORM, caseId: c.id, action: "CUSTOMER_ANSWER_UNCLEAR", entityType: "message", entityId: msg.id,
      data: { text: excerpt(msg.body), ...(questionMessageId ? { questionMessageId } : {}) },
    });
    await notify(tx, c.workspaceId, answerNotifications(await caseOwnerIds(tx, c.id), {
      kind: "CUSTOMER_ANSWER_UNCLEAR", caseId: c.id, number: c.number, messageId: msg.id, csat: null, text: excerpt(msg.body),
    }));
  });
}

/**
 * The clarifying question, in the case's language, as a reply to the unclear answer: private when the first
 * question was private or the answer came privately (a new comment may take its one private reply), else public
 * under it; QUEUED for the durable outbound path, as open-confirmation.ts stores the first question.
 */
async function askAgain(tx: Prisma.TransactionClient, msg: AnswerMessage, firstQuestionId: string): Promise<string> {
  const first = await tx.message.findUniqueOrThrow({ where: { id: firstQuestionId }, select: { visibility: true } });
  const { platform } = await tx.channel.findUniqueOrThrow({ where: { id: msg.channelId }, select: { platform: true } });
  const isPrivate = msg.visibility === "PRIVATE" || first.visibility === "PRIVATE";
  const now = new Date();
  const m = await tx.message.create({
    data: {
      workspaceId: msg.case.workspaceId, caseId: msg.case.id, channelId: msg.channelId, threadId: msg.threadId,
      parentId: msg.id, parentExternalId: msg.externalId, direction: "OUTBOUND",
      visibility: isPrivate ? "PRIVATE" : "PUBLIC", kind: isPrivate ? "DM" : platform === "X" ? "MENTION" : "COMMENT",
      body: DICTIONARIES[msg.case.language === "en" ? "en" : "fr"]["desk.clarify.question"],
      platformCreatedAt: now, deliveryStatus: "QUEUED", nextAttemptAt: now,
    },
  });
  return m.id;
}
