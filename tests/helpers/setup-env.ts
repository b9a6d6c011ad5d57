// Every test process gets its own DATA_DIR and encryption key, so nothing touches ./.data.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "inbox-test-"));
process.env.APP_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
// Tests talk to the fake platforms on loopback (tests/fakes); production refuses such apiBaseUrls.
process.env.CONNECTOR_ALLOW_PRIVATE_URLS ??= "true";
// Every answer of a declared API operation is checked against its declared schema (lib/api/route.ts): a
// route whose answer drifts from the OpenAPI document fails the test that called it.
process.env.API_CHECK_RESPONSES ??= "1";
