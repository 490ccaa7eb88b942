"use client";
// Form controls generated from a step's field specs: text, long text, enum as a select, number
// with its unit, and tables as editable rows. Limits are stated next to the control.
import { useId } from "react";
import { Button } from "~/components/ui/button";
import { LIMITS, emptyRow, type Cell, type ColumnSpec, type FieldSpec, type FieldValue, type Row } from "~/server/domain/design/fields";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-indigo-600 disabled:bg-slate-50";

function CellControl({
  spec,
  value,
  onChange,
  id,
  label,
  disabled,
}: {
  spec: ColumnSpec | FieldSpec;
  value: Cell | undefined;
  onChange: (value: Cell) => void;
  id: string;
  label?: string;
  disabled?: boolean;
}) {
  const aria = label ? { "aria-label": label } : {};
  if (spec.kind === "enum") {
    return (
      <select id={id} className={control} value={(value as string) ?? ""} onChange={(e) => onChange(e.target.value)} disabled={disabled} {...aria}>
        <option value="">Not chosen</option>
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (spec.kind === "number") {
    return (
      <div className="flex items-center gap-1">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          min={spec.min ?? 0}
          max={spec.max}
          className={control}
          value={value === null || value === undefined ? "" : String(value)}
          onChange={(e) => onChange(e.target.value === "" || Number.isNaN(e.target.valueAsNumber) ? null : e.target.valueAsNumber)}
          disabled={disabled}
          {...aria}
        />
        {spec.unit && <span className="shrink-0 text-xs text-slate-600">{spec.unit}</span>}
      </div>
    );
  }
  if (spec.kind === "longtext") {
    return (
      <textarea id={id} rows={4} maxLength={LIMITS.longText} className={control} value={(value as string) ?? ""} onChange={(e) => onChange(e.target.value)} disabled={disabled} {...aria} />
    );
  }
  return <input id={id} maxLength={LIMITS.shortText} className={control} value={(value as string) ?? ""} onChange={(e) => onChange(e.target.value)} disabled={disabled} {...aria} />;
}

function TableControl({ spec, rows, onChange, disabled }: { spec: Extract<FieldSpec, { kind: "table" }>; rows: Row[]; onChange: (rows: Row[]) => void; disabled?: boolean }) {
  const id = useId();
  const maxRows = spec.maxRows ?? LIMITS.rows;
  const setCell = (i: number, key: string, value: Cell) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <div className="space-y-2">
      {/* relative: the cells' visually hidden labels are absolutely positioned; without a positioned
          scroller they escape its clipping and widen the whole page on a phone. */}
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <thead>
            <tr>
              {spec.columns.map((c) => (
                <th key={c.key} scope="col" className="border-b border-slate-200 px-1 py-1 text-left text-xs font-medium text-slate-700">
                  {c.label}
                  {c.kind === "number" && c.unit ? ` (${c.unit})` : ""}
                  {c.required ? " *" : ""}
                </th>
              ))}
              <th scope="col" className="sr-only">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {spec.columns.map((c) => (
                  <td key={c.key} className="px-1 py-1 align-top">
                    <CellControl spec={c} id={`${id}-${i}-${c.key}`} label={`${c.label}, row ${i + 1}`} value={row[c.key]} onChange={(v) => setCell(i, c.key, v)} disabled={disabled} />
                  </td>
                ))}
                <td className="px-1 py-1 align-top">
                  <Button type="button" variant="ghost" aria-label={`Remove row ${i + 1} of ${spec.label}`} onClick={() => onChange(rows.filter((_, j) => j !== i))} disabled={disabled}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="button" variant="secondary" onClick={() => onChange([...rows, emptyRow(spec)])} disabled={disabled || rows.length >= maxRows}>
        Add row to {spec.label.toLowerCase()}
      </Button>
      <p className="text-xs text-slate-600">
        {rows.length} of at most {maxRows} rows.
      </p>
    </div>
  );
}

export function FieldControl({ spec, value, onChange, disabled }: { spec: FieldSpec; value: FieldValue | undefined; onChange: (value: FieldValue) => void; disabled?: boolean }) {
  const id = useId();
  // A number's unit is shown beside its input, so the label does not repeat it.
  const label = (
    <>
      {spec.label}
      {spec.required && <span className="text-red-800"> *</span>}
    </>
  );
  if (spec.kind === "table") {
    return (
      <fieldset className="min-w-0 space-y-1">
        <legend className="text-sm font-medium text-slate-800">{label}</legend>
        {spec.hint && <p className="text-xs text-slate-600">{spec.hint}</p>}
        <TableControl spec={spec} rows={Array.isArray(value) ? value : []} onChange={onChange} disabled={disabled} />
      </fieldset>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <CellControl spec={spec} id={id} value={value as Cell | undefined} onChange={onChange} disabled={disabled} />
      {(spec.hint || spec.kind === "longtext") && (
        <p className="text-xs text-slate-600">
          {spec.hint ? `${spec.hint} ` : ""}
          {spec.kind === "longtext" ? `At most ${LIMITS.longText.toLocaleString("en")} characters.` : ""}
        </p>
      )}
    </div>
  );
}
