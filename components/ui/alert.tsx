import { cn } from "./cn";

export function ErrorMessage({ error, className }: { error: unknown; className?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" className={cn("rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800", className)}>
      {message}
    </p>
  );
}

export function Notice({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <div role="status" className={cn("rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700", className)}>
      {children}
    </div>
  );
}
