import type { ReactNode } from "react";

/** The narrow card every account page uses: a heading, an optional intro, the form. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby="auth-title" className="max-w-md mx-auto card p-6 flex flex-col gap-4">
      <h1 id="auth-title" className="text-2xl">
        {title}
      </h1>
      {intro ? <div className="flex flex-col gap-2">{intro}</div> : null}
      {children}
    </section>
  );
}
