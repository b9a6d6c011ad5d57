// Prints how the satisfaction reader read each line given on the command line (a debugging aid for tuning on
// development and fresh data; never point it at the sealed half).
import { readAnswer } from "../../lib/resolution/classify-answer";

for (const text of process.argv.slice(2)) {
  const { answer, reading } = readAnswer(text);
  console.log(`${answer.verdict.padEnd(12)} ${text}\n  ${JSON.stringify(reading)}`);
}
