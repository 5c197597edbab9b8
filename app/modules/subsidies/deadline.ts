// How a deadline reads on a queue or a claim: its day, the whole days left (negative when past), overdue or not.
const DAY_MS = 86_400_000;

export type Deadline = { day: string; daysLeft: number; overdue: boolean };

export function deadline(due: Date | null, today: Date): Deadline | null {
  if (!due) return null;
  const daysLeft = Math.round((due.getTime() - today.getTime()) / DAY_MS);
  return { day: due.toISOString().slice(0, 10), daysLeft, overdue: daysLeft < 0 };
}
