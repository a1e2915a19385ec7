/**
 * Optional PII redaction of a record before tokenisation: e-mail addresses become "[EMAIL]",
 * IPv4/IPv6 addresses "[IP]", phone numbers "[PHONE]". Hand-written linear scanners over ASCII
 * classes only (no regex backtracking an attacker could blow up inside block execution, no
 * Unicode property lookups that an engine upgrade could change). Passes run in the order
 * e-mail, IP, phone, so the digits of an address are never taken for a phone number; the
 * placeholders contain no digit, '@' or ':' so a later pass never matches inside them.
 *
 * These are heuristics, frozen with TEXT_RULES_VERSION; see each scanner for what it accepts.
 */
import { scanEmails } from "./piiEmail.ts";
import { scanIps } from "./piiIp.ts";
import { scanPhones } from "./piiPhone.ts";
import { type Span, replaceSpans } from "./piiSpan.ts";

export interface Redaction {
  text: string;
  emails: number;
  phones: number;
  ips: number;
}

function pass(text: string, scan: (t: string) => Span[], placeholder: string): { text: string; count: number } {
  const spans = scan(text);
  return { text: spans.length === 0 ? text : replaceSpans(text, spans, placeholder), count: spans.length };
}

/** Redacts e-mails, IP addresses and phone numbers. PERF: linear in the text length. */
export function redactPii(text: string): Redaction {
  const e = pass(text, scanEmails, "[EMAIL]");
  const ip = pass(e.text, scanIps, "[IP]");
  const ph = pass(ip.text, scanPhones, "[PHONE]");
  return { text: ph.text, emails: e.count, phones: ph.count, ips: ip.count };
}
