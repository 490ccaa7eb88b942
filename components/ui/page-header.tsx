export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0 max-w-full">
        <h1 className="text-2xl font-semibold text-slate-900 [overflow-wrap:anywhere]">{title}</h1>
        {description && <p className="mt-1 max-w-2xl text-sm text-slate-600 [overflow-wrap:anywhere]">{description}</p>}
      </div>
      {actions}
    </div>
  );
}
