// The demo accounts' password: DEMO_PASSWORD when set, otherwise one generated into DATA_DIR at first start,
// so no install carries a well-known password.
import { dataDirSecret } from "../config/data-dir-secret";
import { loadEnv } from "../config/env";

export function demoPassword(): { password: string; generated: boolean } {
  const env = loadEnv();
  if (env.DEMO_PASSWORD) return { password: env.DEMO_PASSWORD, generated: false };
  // 12 random bytes → 16 base64 characters; "/" and "+" swapped so it is easy to copy.
  return { password: dataDirSecret("demo-password", 12).replace(/[+/=]/g, "x"), generated: true };
}
