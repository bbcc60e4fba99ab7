import type { core } from "zod";
import { dataMessage, type DataMessage } from "../core";

type Issue = core.$ZodIssue;

/**
 * One validator issue as a sentence in both languages (the pane picks one). The English is
 * zod's; the Chinese is made from the issue when a Chinese pane shows it (validator-text-zh.ts,
 * loaded with the Chinese strings), so the issue travels with the message as JSON, without the
 * value it was about, which may be large: a stand-in of the same type names what was received.
 */
export function validatorText(issue: Issue): DataMessage {
  const { message, input, ...rest } = issue as Issue & { input?: unknown };
  const slim: Record<string, unknown> = { ...rest, message };
  // Where it was is said by the path around the message; nested union branches are not shown.
  delete slim.path;
  delete slim.errors;
  if ("input" in issue) slim.input = standIn(input);
  return dataMessage("validatorText", { en: message, issue: JSON.stringify(slim) });
}

function standIn(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value === "object" && value !== null) return {};
  if (typeof value === "string") return "";
  return value;
}
