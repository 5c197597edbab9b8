import type http from "node:http";
import { hostedPage } from "./hosted-page";
import type { FakeStripeState } from "./state";

/** GET shows the payment page; POST pays (then back to success_url) or cancels (to cancel_url). */
export async function hostedPageRoute(
  state: FakeStripeState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  body: string,
) {
  const entry = await state.find(url.pathname.slice("/pay/".length));
  const html = (status: number, page: string) => {
    res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(page);
  };
  const redirect = (location: string) => {
    res.writeHead(303, { Location: location });
    res.end();
  };
  if (!entry)
    return html(
      404,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><h1>Payment page not found</h1></main></body></html>`,
    );
  const { session, lines } = entry;
  if (req.method !== "POST" || session.status !== "open") return html(200, hostedPage(session, lines));
  const form = new URLSearchParams(body);
  if (form.get("action") === "cancel") return redirect(session.cancel_url ?? url.pathname);
  if ((await state.pay(session, form.get("card") ?? "")) === "declined")
    return html(402, hostedPage(session, lines, "declined"));
  redirect(session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id));
}

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
