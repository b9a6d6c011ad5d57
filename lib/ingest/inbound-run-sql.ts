// The set-based statements behind ingest-inbound-run.ts: each writes all the rows of a run in ONE statement
// (unnest of column arrays), inside the caller's transaction. Ids are made in JS so rows can reference each
// other before they exist. Timestamps go through utc() (lib/db/utc.ts).
import { Prisma } from "../generated/prisma/client";
import type { ContactIdentity } from "../generated/prisma/client";
import type { CaseStatus, Confirmation } from "../generated/prisma/enums";
import type { InboundAuthor, InboundThread } from "../connectors/types";
import { utc } from "../db/utc";

type Tx = Prisma.TransactionClient;


/** Inserts missing threads, fills text/permalink of known ones (never blanks them). Returns id by externalId. */
export async function upsertThreads(tx: Tx, channelId: string, threads: (InboundThread & { id: string })[]) {
  if (threads.length === 0) return new Map<string, string>();
  const rows = await tx.$queryRaw<{ id: string; externalId: string }[]>`
    INSERT INTO threads (id, "channelId", "externalId", kind, text, permalink, "platformCreatedAt")
    SELECT t.id, ${channelId}, t.ext, t.kind::"ThreadKind", t.text, t.permalink, t.created
      FROM unnest(${threads.map((t) => t.id)}::text[], ${threads.map((t) => t.externalId)}::text[],
                  ${threads.map((t) => t.kind)}::text[], ${threads.map((t) => t.text ?? null)}::text[],
                  ${threads.map((t) => t.permalink ?? null)}::text[],
                  ${threads.map((t) => utc(t.createdAt))}::timestamp(3)[]) AS t(id, ext, kind, text, permalink, created)
    ON CONFLICT ("channelId", "externalId") DO UPDATE
      SET text = COALESCE(EXCLUDED.text, threads.text), permalink = COALESCE(EXCLUDED.permalink, threads.permalink)
    RETURNING id, "externalId"`;
  return new Map(rows.map((r) => [r.externalId, r.id]));
}

export interface NewAuthor {
  identityId: string;
  contactId: string;
  author: InboundAuthor;
}

export const displayNameOf = (a: InboundAuthor) => a.name ?? (a.handle ? `@${a.handle}` : `User ${a.platformUserId}`);

/**
 * Creates the identities (and their contacts) of authors new to this channel. An identity that another
 * transaction created meanwhile is left as it is (ON CONFLICT waits for that transaction, then skips: no
 * unique-key error), and no contact is created for it. Both inserts are one statement, so the foreign key
 * from identity to contact is checked once both rows exist. Returns the identities as stored now.
 */
export async function insertAuthors(tx: Tx, workspaceId: string, channelId: string, authors: NewAuthor[]) {
  if (authors.length === 0) return [] as ContactIdentity[];
  const a = authors.map((x) => x.author);
  await tx.$executeRaw`
    WITH input AS (
      SELECT * FROM unnest(${authors.map((x) => x.identityId)}::text[], ${authors.map((x) => x.contactId)}::text[],
                           ${a.map((x) => x.platformUserId)}::text[], ${a.map((x) => x.name ?? null)}::text[],
                           ${a.map((x) => x.handle ?? null)}::text[], ${a.map((x) => x.followerCount ?? null)}::int[],
                           ${a.map((x) => x.profileUrl ?? null)}::text[], ${a.map(displayNameOf)}::text[])
        AS t(id, cid, puid, name, handle, followers, url, display)
    ), ins AS (
      INSERT INTO contact_identities (id, "contactId", "channelId", "platformUserId", name, handle, "followerCount", "profileUrl", "updatedAt")
      SELECT id, cid, ${channelId}, puid, name, handle, followers, url, ${utc(new Date())}::timestamp(3) FROM input
      ON CONFLICT ("channelId", "platformUserId") DO NOTHING
      RETURNING "contactId"
    )
    INSERT INTO contacts (id, "workspaceId", "displayName")
    SELECT input.cid, ${workspaceId}, input.display FROM input JOIN ins ON ins."contactId" = input.cid`;
  return tx.contactIdentity.findMany({ where: { channelId, platformUserId: { in: a.map((x) => x.platformUserId) } } });
}

export interface NewCaseRow {
  id: string;
  number: number;
  contactId: string;
  threadId: string;
  language: string | null;
  preview: string;
  openedAt: Date;
  lastMessageAt: Date;
  lastInboundAt: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  /** Its latest customer message's scores (lib/scoring), as the scoring handler would set them. */
  sentiment: number;
  urgency: number;
  /** The text of its messages in this run, for its search (see insertMessages). */
  searchText: string;
  /** A review's stars (null for everything else). */
  rating: number | null;
}

export async function insertCases(tx: Tx, workspaceId: string, channelId: string, rows: NewCaseRow[]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO cases (id, "workspaceId", number, status, "contactId", "channelId", "threadId", language, preview,
                       "openedAt", "lastMessageAt", "lastInboundAt", "firstResponseDueAt", "resolutionDueAt", sentiment, urgency, "updatedAt", search, rating)
    SELECT c.id, ${workspaceId}, c.number, 'NEW', c.contact, ${channelId}, c.thread, c.language, c.preview,
           c.opened, c.last, c.inbound, c.first_due, c.resolution_due, c.sentiment, c.urgency, ${utc(new Date())}::timestamp(3),
           inbox_tsvector(c.search_text), c.rating
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.number)}::int[], ${rows.map((r) => r.contactId)}::text[],
                  ${rows.map((r) => r.threadId)}::text[], ${rows.map((r) => r.language)}::text[], ${rows.map((r) => r.preview)}::text[],
                  ${rows.map((r) => utc(r.openedAt))}::timestamp(3)[], ${rows.map((r) => utc(r.lastMessageAt))}::timestamp(3)[],
                  ${rows.map((r) => utc(r.lastInboundAt))}::timestamp(3)[], ${rows.map((r) => utc(r.firstResponseDueAt))}::timestamp(3)[],
                  ${rows.map((r) => utc(r.resolutionDueAt))}::timestamp(3)[], ${rows.map((r) => r.sentiment)}::int[],
                  ${rows.map((r) => r.urgency)}::int[], ${rows.map((r) => r.searchText)}::text[], ${rows.map((r) => r.rating)}::int[])
        AS c(id, number, contact, thread, language, preview, opened, last, inbound, first_due, resolution_due, sentiment, urgency, search_text, rating)`;
}

export interface CaseUpdateRow {
  id: string;
  lastMessageAt: Date;
  lastInboundAt: Date;
  /** Set only when this run changes it (reopen, the customer answering a case that waited on them, or
   *  confirming its satisfaction check: CLOSED). */
  status: "OPEN" | "CLOSED" | null;
  reopens: number;
  /** When the customer confirmed the resolution in this run (R6), and the CSAT they gave; else null. */
  confirmedAt: Date | null;
  csat: number | null;
  sentiment: number;
  urgency: number;
  /** The text of its messages in this run, added to its search (see insertMessages). */
  searchText: string;
  /** A new review's stars in this run (null: unchanged). */
  rating: number | null;
}

/**
 * Only the fields this run changed: a status set by a person meanwhile is kept unless we reopen. A confirmation
 * (on a case lockCasesAwaitingAnswer locked: its status and confirmation are as routing read them) closes it,
 * keeping the close time of a case already closed; a reopen after it in the same run reopens it again.
 */
export async function updateCases(tx: Tx, rows: CaseUpdateRow[]) {
  if (rows.length === 0) return;
  const now = utc(new Date());
  await tx.$executeRaw`
    UPDATE cases c SET "lastMessageAt" = u.last, "lastInboundAt" = u.inbound,
           status = COALESCE(u.status::"CaseStatus", c.status), "reopenCount" = c."reopenCount" + u.reopens,
           "resolvedAt" = CASE WHEN u.reopens > 0 THEN NULL ELSE c."resolvedAt" END,
           "closedAt" = CASE WHEN u.reopens > 0 THEN NULL
                             WHEN u.confirmed_at IS NOT NULL AND c.status <> 'CLOSED' THEN ${now}::timestamp(3)
                             ELSE c."closedAt" END,
           confirmation = CASE WHEN u.confirmed_at IS NOT NULL THEN 'CONFIRMED'::"Confirmation" ELSE c.confirmation END,
           "confirmedAt" = COALESCE(u.confirmed_at, c."confirmedAt"), csat = COALESCE(u.csat, c.csat),
           sentiment = u.sentiment, urgency = u.urgency, search = coalesce(c.search, ''::tsvector) || inbox_tsvector(u.search_text), rating = COALESCE(u.rating, c.rating),
           "updatedAt" = ${now}::timestamp(3)
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => utc(r.lastMessageAt))}::timestamp(3)[],
                  ${rows.map((r) => utc(r.lastInboundAt))}::timestamp(3)[], ${rows.map((r) => r.status)}::text[],
                  ${rows.map((r) => r.reopens)}::int[], ${rows.map((r) => r.sentiment)}::int[],
                  ${rows.map((r) => r.urgency)}::int[], ${rows.map((r) => r.searchText)}::text[],
                  ${rows.map((r) => utc(r.confirmedAt))}::timestamp(3)[], ${rows.map((r) => r.csat)}::int[],
                  ${rows.map((r) => r.rating)}::int[])
        AS u(id, last, inbound, status, reopens, sentiment, urgency, search_text, confirmed_at, csat, rating)
     WHERE c.id = u.id`;
}

/**
 * Locks cases a customer's message may confirm rather than reopen (resolved or closed, satisfaction check
 * pending: confirm-on-answer.ts) and reads their status and confirmation as committed now, so the decision
 * holds until commit: the no-answer sweep, the answer reader or a person may have changed them since routing
 * read them. In id order (after the contacts' locks, as every ingestion takes them: no deadlock).
 */
export async function lockCasesAwaitingAnswer(tx: Tx, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return tx.$queryRaw<{ id: string; status: CaseStatus; confirmation: Confirmation | null }[]>`
    SELECT id, status::text AS status, confirmation::text AS confirmation
      FROM cases WHERE id = ANY(${[...caseIds].sort()}::text[]) ORDER BY id FOR UPDATE`;
}

export interface NewMessageRow {
  id: string;
  caseId: string;
  threadId: string;
  externalId: string;
  parentId: string | null;
  parentExternalId: string | null;
  visibility: string;
  kind: string;
  authorIdentityId: string;
  body: string;
  language: string | null;
  platformCreatedAt: Date;
  permalink: string | null;
  sentiment: number;
  urgency: number;
  rating: number | null;
  held: "HELD_FOR_REVIEW" | "LIKELY_SPAM" | null;
}

/**
 * A unique-key error here (the same platform item stored by a concurrent transaction) fails the batch.
 * The cases' search already holds these messages' text (insertCases, updateCases): the statement tells the
 * messages trigger to leave it (the `flag` CTE; the trigger resets it: migration *_search_written_by_ingest).
 */
export async function insertMessages(tx: Tx, workspaceId: string, channelId: string, rows: NewMessageRow[]) {
  if (rows.length === 0) return;
  const col = <K extends keyof NewMessageRow>(k: K) => rows.map((r) => r[k]);
  await tx.$executeRaw`
    WITH flag AS MATERIALIZED (SELECT set_config('inbox.search_by_ingest', 'on', true) AS flag_set)
    INSERT INTO messages (id, "workspaceId", "caseId", "channelId", "threadId", "externalId", "parentId", "parentExternalId",
                          direction, visibility, kind, "authorIdentityId", body, language, "platformCreatedAt", permalink, "deliveryStatus", sentiment, urgency, rating, held)
    SELECT m.id, ${workspaceId}, m.case_id, ${channelId}, m.thread, m.ext, m.parent, m.parent_ext, 'INBOUND',
           m.visibility::"Visibility", m.kind::"MessageKind", m.author, m.body, m.language, m.created, m.permalink, 'RECEIVED', m.sentiment, m.urgency,
           m.rating, m.held::"HeldStatus"
      FROM unnest(${col("id")}::text[], ${col("caseId")}::text[], ${col("threadId")}::text[], ${col("externalId")}::text[],
                  ${col("parentId")}::text[], ${col("parentExternalId")}::text[], ${col("visibility")}::text[], ${col("kind")}::text[],
                  ${col("authorIdentityId")}::text[], ${col("body")}::text[], ${col("language")}::text[],
                  ${rows.map((r) => utc(r.platformCreatedAt))}::timestamp(3)[], ${col("permalink")}::text[],
                  ${col("sentiment")}::int[], ${col("urgency")}::int[], ${col("rating")}::int[], ${col("held")}::text[])
        AS m(id, case_id, thread, ext, parent, parent_ext, visibility, kind, author, body, language, created, permalink, sentiment, urgency, rating, held)
      CROSS JOIN flag`;
}

/** `count` case numbers of the workspace, in increasing order (its sequence: no lock on the workspace row). */
export async function nextCaseNumbers(tx: Tx, workspaceId: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ n: number }[]>`SELECT next_case_number(${workspaceId}) AS n FROM generate_series(1, ${count}::int)`;
  return rows.map((r) => Number(r.n)).sort((x, y) => x - y);
}

/** Locks the contacts' rows (routing is serialised per contact), in id order so two batches cannot deadlock. */
export async function lockContacts(tx: Tx, contactIds: string[]) {
  if (contactIds.length === 0) return;
  await tx.$queryRaw`SELECT id FROM contacts WHERE id = ANY(${[...contactIds].sort()}::text[]) ORDER BY id FOR UPDATE`;
}
