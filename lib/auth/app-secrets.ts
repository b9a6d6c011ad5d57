// The session-signing secret: NEXTAUTH_SECRET, or one generated into DATA_DIR.
import { dataDirSecret } from "../config/data-dir-secret";
import { loadEnv } from "../config/env";

export function authSecret(): string {
  return loadEnv().NEXTAUTH_SECRET ?? dataDirSecret("auth-secret");
}
