import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/utils/http.server";

/**
 * The framework's floor for `npm run bench`: static HTML of a requested size through the same Express
 * and Remix stack, with no database or rendering. Exists only when the benchmark starts the server.
 */
export function loader({ request }: LoaderFunctionArgs) {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  const bytes = Math.min(Number(new URL(request.url).searchParams.get("bytes")) || 1024, 2_000_000);
  const body = `<!DOCTYPE html><html lang="en"><body>${"x".repeat(Math.max(0, bytes - 60))}</body></html>`;
  return new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
