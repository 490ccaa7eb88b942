"use client";
// Opens the browser's print dialog (where "Save as PDF" lives). Pages hide their navigation and
// controls with `print:hidden`, so what prints is the report itself.
import { Button } from "./button";

export function PrintButton({ children = "Print or save as PDF" }: { children?: React.ReactNode }) {
  return (
    <Button type="button" variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
