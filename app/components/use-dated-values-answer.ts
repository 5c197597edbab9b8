import type { SubmissionResult } from "@conform-to/react";
import { useActionData, useSearchParams } from "@remix-run/react";

// What a page of effective-dated values (app/utils/dated-values.server.ts) was told: what was done
// (in the address after the redirect), a refusal (409), or the add form's errors (400).
type Answer = { refused: string } | { reply: SubmissionResult<string[]> };
const DONE = ["added", "removed"] as const;

export function useDatedValuesAnswer() {
  const answer = useActionData() as Answer | undefined;
  const [params] = useSearchParams();
  return {
    done: answer ? null : (DONE.find((value) => value === params.get("done")) ?? null),
    refused: answer && "refused" in answer ? answer.refused : null,
    addReply: answer && "reply" in answer ? answer.reply : undefined,
  };
}
