import { dayKey, daysBetween } from "~/utils/days";

// How a deadline reads on a queue or a claim: its day, the whole days left (negative when past), overdue or not.

export type Deadline = { day: string; daysLeft: number; overdue: boolean };

export function deadline(due: Date | null, today: Date): Deadline | null {
  if (!due) return null;
  const daysLeft = daysBetween(today, due);
  return { day: dayKey(due), daysLeft, overdue: daysLeft < 0 };
}
