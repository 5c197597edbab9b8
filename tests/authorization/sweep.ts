// Calls a route module's loader or action the way Remix does, and reduces the outcome to what the
// sweep asserts: the status of a thrown Response (403, 404, a redirect to /login), or "ran".
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;
export type RouteModule = { loader?: Handler; action?: Handler };

export type Outcome = "ran" | "login" | 403 | 404 | `other ${number}`;

export type Visit = {
  module: RouteModule;
  path: string;
  params: Record<string, string>;
  method: "GET" | "POST";
  form?: Record<string, string>;
};

export async function visit({ module, path, params, method, form }: Visit, cookie: string | null): Promise<Outcome> {
  const headers = new Headers(cookie ? { Cookie: cookie } : {});
  const init: RequestInit = { method, headers };
  if (method === "POST") {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    init.body = new URLSearchParams(form ?? {}).toString();
  }
  const handler = method === "GET" ? module.loader : module.action;
  if (!handler) throw new Error(`${path} has no ${method === "GET" ? "loader" : "action"}`);
  try {
    const result = await handler({
      request: new Request(`http://localhost${path}`, init),
      params,
      context: {},
    } as never);
    if (result instanceof Response) return outcomeOf(result);
    // Remix's data(value, { status }): a refusal that still renders the page with its message.
    const status = (result as { init?: { status?: number } } | null)?.init?.status;
    return status === 403 || status === 404 ? status : "ran";
  } catch (thrown) {
    if (thrown instanceof Response) return outcomeOf(thrown);
    throw thrown;
  }
}

function outcomeOf(response: Response): Outcome {
  if (response.status === 403 || response.status === 404) return response.status;
  if (response.status >= 300 && response.status < 400) {
    return response.headers.get("Location")?.startsWith("/login") ? "login" : "ran";
  }
  return response.status < 300 ? "ran" : `other ${response.status}`;
}
