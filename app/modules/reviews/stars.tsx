/** Filled and empty stars as decoration only: the rating is always said in words next to them. */
export function Stars({ rating }: { rating: number }) {
  const full = Math.round(rating);
  return (
    <span aria-hidden="true" className="text-[var(--color-accent)] tracking-wider">
      {"★".repeat(full)}
      {"☆".repeat(5 - full)}
    </span>
  );
}
