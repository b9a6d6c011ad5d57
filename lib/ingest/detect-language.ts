// The language of an inbound message, to filter an inbox by language: lib/text/language.ts (eld, French and
// English, with a fallback for very short messages). Kept here so ingestion's imports stay put.
export { detectLanguage } from "../text/language";
