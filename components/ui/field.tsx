// Labelled form controls: every input has a visible label tied to it by id, and an error passed in
// marks the control invalid and is read with it (aria-invalid, aria-describedby).
import { useId } from "react";
import { cn } from "./cn";

const control =
  "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus:border-indigo-600 aria-[invalid=true]:border-red-600 disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-100 disabled:text-slate-600";

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {error}
    </p>
  );
}

export function TextField({
  label,
  hint,
  error,
  className,
  multiline,
  ...props
}: { label: string; hint?: string; error?: string; multiline?: boolean } & React.InputHTMLAttributes<HTMLInputElement> &
  React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const aria = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && `${id}-hint`, error && `${id}-error`),
  };
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 [overflow-wrap:anywhere]">
        {label}
      </label>
      {multiline ? <textarea id={id} rows={4} className={control} {...aria} {...props} /> : <input id={id} className={control} {...aria} {...props} />}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function SelectField({
  label,
  options,
  className,
  hideLabel,
  error,
  ...props
}: {
  label: string;
  options: readonly { value: string; label: string }[];
  hideLabel?: boolean;
  error?: string;
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-800 [overflow-wrap:anywhere]"}>
        {label}
      </label>
      <select id={id} className={control} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A value that cannot be changed by this viewer, shown as text with its label (not a dead control). */
export function ReadOnlyField({ label, value, hideLabel }: { label: string; value: string; hideLabel?: boolean }) {
  return (
    <div className="space-y-1">
      <span className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-800 [overflow-wrap:anywhere]"}>{label}</span>
      <span className="block py-2 text-sm text-slate-800">{value}</span>
    </div>
  );
}
