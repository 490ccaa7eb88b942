// Labelled form controls: every input has a visible label tied to it by id.
import { useId } from "react";
import { cn } from "./cn";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus:border-indigo-600";

export function TextField({
  label,
  hint,
  className,
  multiline,
  ...props
}: { label: string; hint?: string; multiline?: boolean } & React.InputHTMLAttributes<HTMLInputElement> &
  React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} rows={4} className={control} aria-describedby={hint ? `${id}-hint` : undefined} {...props} />
      ) : (
        <input id={id} className={control} aria-describedby={hint ? `${id}-hint` : undefined} {...props} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

export function SelectField({
  label,
  options,
  className,
  hideLabel,
  ...props
}: {
  label: string;
  options: readonly { value: string; label: string }[];
  hideLabel?: boolean;
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-800"}>
        {label}
      </label>
      <select id={id} className={control} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
