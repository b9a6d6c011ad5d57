// Outgoing e-mail through nodemailer when SMTP_URL is configured; without it nothing is sent and the caller
// shows the link instead. A failed send is logged and reported, never fatal: the link still works.
import nodemailer, { type Transporter } from "nodemailer";
import { loadEnv } from "../config/env";
import { log } from "../log";

let transport: { url: string; t: Transporter } | undefined;

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** "sent", "not_configured" or "failed". */
export async function sendMail(mail: Mail): Promise<"sent" | "not_configured" | "failed"> {
  const env = loadEnv();
  if (!env.SMTP_URL) return "not_configured";
  if (transport?.url !== env.SMTP_URL) transport = { url: env.SMTP_URL, t: nodemailer.createTransport(env.SMTP_URL) };
  try {
    await transport.t.sendMail({ from: env.MAIL_FROM, ...mail });
    return "sent";
  } catch (err) {
    log.warn("mail_send_failed", { error: (err as Error).message });
    return "failed";
  }
}
