// Set-based ingestion of a run of customer messages (the bulk of any burst: new comments, DMs, mentions), and
// the only way a customer message is stored (ingest-message.ts sends a message with parked events as a run of
// one), in a handful of statements for the whole run instead of a dozen round trips per message:
//   threads upserted → new authors created → contacts locked → their cases read → every message routed in
//   memory, in platform-time order (route-in-memory.ts, kept current as the run opens and joins cases)
//   → case numbers taken → cases inserted, cases updated, messages inserted → audit events queued.
// A message that confirms a resolved case's pending satisfaction check closes it as CONFIRMED instead of
// reopening it (confirm-on-answer.ts): those cases are locked first, and their owners notified at the end.
// Runs inside the batch transaction (ingest-batch.ts), which calls it only for INBOUND messages with no parked
// events waiting for them. Keeps the batch memo current, so events after the run see its rows.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { PLATFORM } from "../audit/record-audit";
import { notify } from "../notifications/notify";
import { caseOwners } from "../notifications/recipients";
import { answerNotifications, confirmationAudits } from "../resolution/confirm-on-answer";
import { satisfactionRounds } from "../resolution/satisfaction-round";
import type { InboundMessage, InboundThread } from "../connectors/types";
import type { ChannelRef } from "./ingest-message";
import { audit, type BatchMemo } from "./batch-memo";
import { scoreMessage } from "../scoring/score-message";
import { weighStars } from "../scoring/weigh-stars";
import { detectLanguage } from "./detect-language";
import {
  insertAuthors, insertCases, insertMessages, lockCasesAwaitingAnswer, lockContacts, nextCaseNumbers, updateCases, upsertThreads,
  type CaseUpdateRow, type NewAuthor, type NewCaseRow, type NewMessageRow,
} from "./inbound-run-sql";
import { routeInMemory, type KnownCase } from "./route-in-memory";

export interface RunResult {
  outcome: "stored" | "duplicate";
  caseId: string;
  messageId: string;
}

const PREVIEW_LENGTH = 140;

export async function ingestInboundRun(tx: Prisma.TransactionClient, channel: ChannelRef, events: InboundMessage[], memo: BatchMemo): Promise<RunResult[]> {
  // 1. Threads: a reply joins its parent's thread when the parent is known (stored, or earlier in this run).
  const threadOf = new Map<string, { id?: string; ext: string }>();
  const toUpsert = new Map<string, InboundThread & { id: string }>();
  for (const ev of events) {
    const parent = ev.parentExternalId ? memo.messages.get(ev.parentExternalId) : undefined;
    const inRun = ev.parentExternalId ? threadOf.get(ev.parentExternalId) : undefined;
    if (parent?.threadId) threadOf.set(ev.externalId, { id: parent.threadId, ext: "" });
    else if (inRun) threadOf.set(ev.externalId, inRun);
    else {
      threadOf.set(ev.externalId, { ext: ev.thread.externalId });
      const known = memo.threads.get(ev.thread.externalId);
      if (!known || ev.thread.text || ev.thread.permalink) {
        const prev = toUpsert.get(ev.thread.externalId);
        toUpsert.set(ev.thread.externalId, { ...merged(prev, ev.thread), id: prev?.id ?? randomUUID() });
      }
    }
  }
  for (const [ext, id] of await upsertThreads(tx, channel.id, [...toUpsert.values()])) memo.threads.set(ext, { id });
  const threadId = (ev: InboundMessage) => {
    const t = threadOf.get(ev.externalId)!;
    return t.id ?? memo.threads.get(t.ext)!.id;
  };

  // 2. Authors new to this channel, then every contact of the run locked (new ones are invisible to others).
  const newAuthors = new Map<string, NewAuthor>();
  for (const ev of events) {
    if (memo.identities.has(ev.author.platformUserId)) continue;
    const prev = newAuthors.get(ev.author.platformUserId);
    newAuthors.set(ev.author.platformUserId, { identityId: prev?.identityId ?? randomUUID(), contactId: prev?.contactId ?? randomUUID(), author: merged(prev?.author, ev.author) });
  }
  const ours = new Set([...newAuthors.values()].map((a) => a.contactId));
  for (const row of await insertAuthors(tx, channel.workspaceId, channel.id, [...newAuthors.values()])) {
    memo.identities.set(row.platformUserId, row);
    if (ours.has(row.contactId)) memo.lockedContacts.add(row.contactId);
  }
  await updateChangedProfiles(tx, events, memo);
  const contactIds = [...new Set(events.map((ev) => memo.identities.get(ev.author.platformUserId)!.contactId))];
  await lockContacts(tx, contactIds.filter((id) => !memo.lockedContacts.has(id)));
  for (const id of contactIds) memo.lockedContacts.add(id);
  const known: KnownCase[] = await tx.case.findMany({
    where: { contactId: { in: contactIds.filter((id) => !ours.has(id)) } },
    select: { id: true, status: true, lastMessageAt: true, lastInboundAt: true, contactId: true, threadId: true, confirmation: true },
  });
  // Cases awaiting the customer's word: locked and read again, so that "confirmed, not reopened" is decided on
  // their state as committed (no query when none is: the common case).
  const awaiting = known.filter((c) => c.confirmation === "PENDING" && (c.status === "RESOLVED" || c.status === "CLOSED"));
  for (const row of await lockCasesAwaitingAnswer(tx, awaiting.map((c) => c.id))) {
    Object.assign(awaiting.find((c) => c.id === row.id)!, { status: row.status, confirmation: row.confirmation });
  }
  // Only a delivered question can be answered: a "yes" while it is still queued confirms nothing.
  const rounds = await satisfactionRounds(tx, awaiting.map((c) => c.id));
  for (const c of awaiting) c.questionDelivered = rounds.get(c.id)?.delivered ?? false;

  // 3. Routing in memory (pass 1), case numbers for the new cases, then rows and audit events in event order.
  const route = routeInMemory(known);
  const plans = events.map((ev) => {
    const dup = memo.messages.get(ev.externalId);
    if (dup) return { ev, dup };
    const identity = memo.identities.get(ev.author.platformUserId)!;
    const thread = threadId(ev);
    const routing = route(identity.contactId, thread, ev.visibility === "PRIVATE", ev.platformCreatedAt, ev.body);
    // Later messages of this run may reply to this one: they find it here.
    const id = randomUUID();
    memo.messages.set(ev.externalId, { id, caseId: routing.caseId, threadId: thread });
    return { ev, identity, thread, routing, id };
  });
  const numbers = await nextCaseNumbers(tx, channel.workspaceId, plans.filter((p) => p.routing?.kind === "new").length);
  const results: RunResult[] = [];
  const newCases = new Map<string, NewCaseRow>();
  const updates = new Map<string, CaseUpdateRow>();
  const messages: NewMessageRow[] = [];
  const confirmed: { caseId: string; messageId: string; csat: number }[] = [];
  for (const p of plans) {
    if (p.dup) {
      results.push({ outcome: "duplicate", caseId: p.dup.caseId, messageId: p.dup.id });
      continue;
    }
    const { ev, identity, thread, routing: r, id } = p as Required<typeof p>;
    const at = ev.platformCreatedAt;
    // Scored here, written with the rows (a second UPDATE of each message and case cost more than the rest of
    // the batch); the scoring handler finds them scored and only raises priorities (score-after-ingest.ts).
    const language = detectLanguage(ev.body);
    const scored = scoreMessage(ev.body, { lang: language });
    const rating = ev.rating ?? null;
    const { sentiment, urgency } = { ...scored, sentiment: weighStars(scored.sentiment, rating) };
    const base = { workspaceId: channel.workspaceId, actor: PLATFORM, caseId: r.caseId } as const;
    if (r.kind === "new") {
      const number = numbers[newCases.size]!;
      newCases.set(r.caseId, {
        id: r.caseId, number, contactId: identity.contactId, threadId: thread, language,
        preview: ev.body.replace(/\s+/g, " ").trim().slice(0, PREVIEW_LENGTH), openedAt: at, lastMessageAt: at, lastInboundAt: at,
        firstResponseDueAt: new Date(at.getTime() + memo.workspace.firstResponseSlaMinutes * 60_000),
        resolutionDueAt: new Date(at.getTime() + memo.workspace.resolutionSlaHours * 3_600_000),
        sentiment, urgency, searchText: ev.body, rating,
      });
      audit(memo, { ...base, action: "CASE_CREATED", entityType: "case", entityId: r.caseId, data: { number, channelId: channel.id, externalId: ev.externalId } });
    } else {
      // The routing state already holds the case's values after this message (and the later ones).
      const c = newCases.get(r.caseId);
      if (c) Object.assign(c, { lastMessageAt: r.current.lastMessageAt, lastInboundAt: r.current.lastInboundAt!, sentiment, urgency, searchText: `${c.searchText} ${ev.body}`, rating: rating ?? c.rating });
      else {
        const changesStatus = r.kind === "reopen" || (r.kind === "join" && r.from === "WAITING_ON_CUSTOMER");
        const prev = updates.get(r.caseId);
        const u: CaseUpdateRow = prev ?? { id: r.caseId, lastMessageAt: at, lastInboundAt: at, status: null, reopens: 0, confirmedAt: null, csat: null, sentiment, urgency, searchText: "", rating: null };
        Object.assign(u, { lastMessageAt: r.current.lastMessageAt, lastInboundAt: r.current.lastInboundAt!, sentiment, urgency, searchText: prev ? `${prev.searchText} ${ev.body}` : ev.body, rating: rating ?? u.rating });
        if (changesStatus) u.status = "OPEN";
        if (r.kind === "reopen") u.reopens++;
        if (r.kind === "confirm") {
          Object.assign(u, { status: "CLOSED", confirmedAt: at, csat: r.csat });
          confirmed.push({ caseId: r.caseId, messageId: id, csat: r.csat });
        }
        updates.set(r.caseId, u);
        if (changesStatus) {
          audit(memo, {
            ...base, action: r.kind === "reopen" ? "CASE_REOPENED" : "CASE_STATUS_CHANGED", entityType: "case", entityId: r.caseId,
            data: { from: r.from, to: "OPEN", reason: "new_customer_message", externalId: ev.externalId },
          });
        }
      }
    }
    const parent = ev.parentExternalId ? (memo.messages.get(ev.parentExternalId) ?? null) : null;
    messages.push({
      id, caseId: r.caseId, threadId: thread, externalId: ev.externalId, parentId: parent?.id ?? null,
      parentExternalId: ev.parentExternalId ?? null, visibility: ev.visibility, kind: ev.kind, authorIdentityId: identity.id,
      body: ev.body, language, platformCreatedAt: at, permalink: ev.permalink ?? null, sentiment, urgency, rating,
      held: ev.held === "review" ? "HELD_FOR_REVIEW" : ev.held === "likely_spam" ? "LIKELY_SPAM" : null,
    });
    audit(memo, { ...base, action: "MESSAGE_RECEIVED", entityType: "message", entityId: id, data: { externalId: ev.externalId, kind: ev.kind, visibility: ev.visibility } });
    if (r.kind === "confirm") {
      for (const a of confirmationAudits({ workspaceId: channel.workspaceId, caseId: r.caseId, messageId: id, csat: r.csat, from: r.from })) audit(memo, a);
    }
    results.push({ outcome: "stored", caseId: r.caseId, messageId: id });
  }
  await insertCases(tx, channel.workspaceId, channel.id, [...newCases.values()]);
  await updateCases(tx, [...updates.values()]);
  await insertMessages(tx, channel.workspaceId, channel.id, messages);
  if (confirmed.length > 0) {
    // The owners told with the change, as the answer reader tells them (one read for the run's few confirmations).
    const owners = await caseOwners(tx, confirmed.map((x) => x.caseId));
    await notify(tx, channel.workspaceId, confirmed.flatMap((x) => {
      const o = owners.get(x.caseId)!;
      return answerNotifications(o.ownerIds, { kind: "CUSTOMER_CONFIRMED", caseId: x.caseId, number: o.number, messageId: x.messageId, csat: x.csat });
    }));
  }
  return results;
}

/** `next` over `prev`, except where `next` says nothing (a later event without a name keeps the name). */
function merged<T extends object>(prev: T | undefined, next: T): T {
  const out = { ...prev } as Record<string, unknown>;
  for (const [k, v] of Object.entries(next)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Profile fields follow the platform: each author's latest profile in the run, written once if it changed. */
async function updateChangedProfiles(tx: Prisma.TransactionClient, events: InboundMessage[], memo: BatchMemo) {
  const latest = new Map<string, InboundMessage["author"]>();
  for (const ev of events) latest.set(ev.author.platformUserId, merged(latest.get(ev.author.platformUserId), ev.author));
  for (const a of latest.values()) {
    const existing = memo.identities.get(a.platformUserId)!;
    const profile = {
      ...(a.name ? { name: a.name } : {}), ...(a.handle ? { handle: a.handle } : {}),
      ...(a.followerCount !== undefined ? { followerCount: a.followerCount } : {}), ...(a.profileUrl ? { profileUrl: a.profileUrl } : {}),
    };
    if (!Object.entries(profile).some(([k, v]) => existing[k as keyof typeof existing] !== v)) continue;
    memo.identities.set(a.platformUserId, await tx.contactIdentity.update({ where: { id: existing.id }, data: profile }));
  }
}
