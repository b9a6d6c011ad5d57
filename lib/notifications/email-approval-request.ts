// Leads are e-mailed when a reply waits for their approval (issue #26 item 7), when SMTP is set: a held draft
// is a customer waiting, and a lead is not always looking at the app. Each lead gets the mail in their own
// language, with a link to the case. Sent after the request is committed; a mail failure is logged, never fatal
// (the in-app notification is already recorded).
import type { PrismaClient } from "../generated/prisma/client";
import { DICTIONARIES, type Locale } from "../i18n/messages";
import { makeTranslator } from "../i18n/translate";
import { sendMail } from "../mail/send-mail";
import { publicBaseUrl } from "../server/public-url";

export async function emailApprovalRequest(
  prisma: PrismaClient,
  req: { workspaceId: string; caseId: string; number: number; actor: string; leadUserIds: string[] },
): Promise<("sent" | "not_configured" | "failed")[]> {
  if (req.leadUserIds.length === 0) return [];
  const [users, ws] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: req.leadUserIds } }, select: { email: true, locale: true } }),
    prisma.workspace.findUniqueOrThrow({ where: { id: req.workspaceId }, select: { name: true } }),
  ]);
  const url = `${publicBaseUrl()}/cases/${req.caseId}`;
  return Promise.all(users.map((u) => {
    const locale: Locale = u.locale === "fr" ? "fr" : "en";
    const t = makeTranslator(locale, DICTIONARIES[locale]);
    const values = { actor: req.actor, number: req.number, workspace: ws.name, url };
    return sendMail({ to: u.email, subject: t("desk.mail.approval.subject", values), text: t("desk.mail.approval.body", values) });
  }));
}
