// A small trend line across rounds, drawn as inline SVG (no chart library: it is one polyline).
// Screen readers get the values as text.

interface Props {
  values: readonly (number | null)[];
  /** what the values are, for the text alternative, e.g. "Training data quality" */
  label: string;
  /** index of the round being shown, marked with a dot */
  current?: number;
}

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

export function Sparkline({ values, label, current }: Props) {
  const points = values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
  const text = points.length ? `${label} across ${values.length} round${values.length === 1 ? "" : "s"}: ${values.map((v) => (v === null ? "not scored" : Math.round(v))).join(", ")}` : `${label}: no scores yet`;
  if (points.length < 2) return <span className="text-xs text-slate-600">{points.length ? "one round" : "none"}<span className="sr-only">. {text}</span></span>;
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / Math.max(1, values.length - 1);
  const y = (v: number) => HEIGHT - PAD - (v / 100) * (HEIGHT - 2 * PAD);
  const dot = current === undefined ? undefined : points.find((p) => p.i === current);
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={text} className="overflow-visible">
      <line x1={PAD} x2={WIDTH - PAD} y1={y(50)} y2={y(50)} stroke="#cbd5e1" strokeDasharray="2 2" />
      <polyline points={points.map((p) => `${x(p.i)},${y(p.v)}`).join(" ")} fill="none" stroke="#4338ca" strokeWidth={1.75} />
      {dot && <circle cx={x(dot.i)} cy={y(dot.v)} r={2.75} fill="#4338ca" />}
    </svg>
  );
}
