// A local SMTP server speaking enough of RFC 5321 for nodemailer (EHLO, MAIL, RCPT, DATA, RSET, QUIT; no
// STARTTLS advertised): the only fake here is the outside mail server; nodemailer and the app talk real SMTP.
import net from "node:net";

export interface ReceivedMail { from: string; to: string[]; data: string }

export async function startFakeSmtp(): Promise<{ url: string; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current: ReceivedMail = { from: "", to: [], data: "" };
    socket.write("220 fake-smtp ready\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          current.data = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          mails.push(current);
          current = { from: "", to: [], data: "" };
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250-fake-smtp\r\n250 8BITMIME\r\n");
        else if (verb === "MAIL") { current.from = /<([^>]*)>/.exec(line)?.[1] ?? ""; socket.write("250 ok\r\n"); }
        else if (verb === "RCPT") { current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? ""); socket.write("250 ok\r\n"); }
        else if (verb === "DATA") { inData = true; socket.write("354 go ahead\r\n"); }
        else if (verb === "RSET") { current = { from: "", to: [], data: "" }; socket.write("250 ok\r\n"); }
        else if (verb === "QUIT") { socket.end("221 bye\r\n"); return; }
        else socket.write("502 not implemented\r\n");
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((r) => server.close(() => r())) };
}
