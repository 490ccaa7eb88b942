import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Causeway", template: "%s · Causeway" },
  description: "A workspace for ML teams to design, assess and steer production ML systems.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {children}
      </body>
    </html>
  );
}
