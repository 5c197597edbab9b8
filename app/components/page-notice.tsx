/**
 * What the last action did, said once at the top of the page: a status, or an alert when it did
 * not go through (screen readers announce both; an alert interrupts). Nothing when there is none.
 */
export function PageNotice({
  text,
  problem = false,
  className = "",
}: {
  text: string | null;
  problem?: boolean;
  className?: string;
}) {
  if (!text) return null;
  return (
    <p role={problem ? "alert" : "status"} className={`card p-4 ${className}`}>
      {text}
    </p>
  );
}
