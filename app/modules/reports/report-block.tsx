import type { ReactNode } from "react";

/** A titled part of the dashboard: a card that is kept on one sheet when printed where it fits. */
export function ReportBlock({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="card p-4 flex flex-col gap-3 report-block">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}
