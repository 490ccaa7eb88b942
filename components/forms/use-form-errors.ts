"use client";
// Turns a failed mutation into errors people can act on: each message is tied to its input by the
// input's label ("Project name must be at least 2 characters", not "name: …"), the input is marked
// invalid, and focus moves to the first one. Errors not about a field stay in a summary.
import { useEffect, useRef } from "react";

type FieldErrors = Record<string, string>;

function fieldErrorsOf(error: unknown, known: string[]): { fields: FieldErrors; rest: string | null } {
  if (!error) return { fields: {}, rest: null };
  const fields: FieldErrors = {};
  const data = (error as { data?: { fieldErrors?: Record<string, string[] | undefined> | null } }).data;
  for (const [key, messages] of Object.entries(data?.fieldErrors ?? {})) {
    if (known.includes(key) && messages?.[0]) fields[key] = messages[0];
  }
  const message = error instanceof Error ? error.message : String(error);
  if (Object.keys(fields).length > 0) return { fields, rest: null };
  // Rules checked after validation name the field the same way: "ownerId: the owner must be …".
  const match = /^(\w+): (.+)$/.exec(message);
  if (match && known.includes(match[1]!)) return { fields: { [match[1]!]: match[2]! }, rest: null };
  return { fields, rest: withoutFieldKeys(message) };
}

/** A refusal about a field this form has no input for still reads as a sentence, not "inviteeIds: …". */
export function withoutFieldKeys(message: string): string {
  return message
    .split("; ")
    .map((part) => part.replace(/^[a-z][\w.]*: /, "")) // field keys start lower-case; sentences do not
    .join("; ")
    .replace(/^./, (first) => first.toUpperCase());
}

function sentence(label: string, message: string): string {
  const text = `${label} ${message}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function useFormErrors<F extends string>(error: unknown, labels: Record<F, string>) {
  const formRef = useRef<HTMLFormElement>(null);
  const { fields, rest } = fieldErrorsOf(error, Object.keys(labels));
  useEffect(() => {
    if (!error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  return {
    formRef,
    /** The sentence for one field, to pass as the field's `error`. */
    errorFor: (field: F): string | undefined => (fields[field] ? sentence(labels[field], fields[field]) : undefined),
    /** Anything not tied to a field (a refusal, a conflict, a server failure). */
    formError: rest,
  };
}
