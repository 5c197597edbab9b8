// Builds the hostile requests for one route: its URL with hostile parameters and query, and for
// actions, bodies of hostile fields in every encoding a client might send.
import { COMMON_FIELDS, COMMON_QUERY, HOSTILE_URL_PIECES, HOSTILE_VALUES, WRONG_BODIES } from "./inputs";
import { some, type Random } from "./random";
import { routeUrl } from "./routes";

export type Attempt = { method: "GET" | "POST"; url: string; type?: string; body?: string | FormData; what: string };

/** A value as a URL piece: a hostile string encoded, or a raw piece no string can carry. */
const urlValue = (r: Random) =>
  r.chance(0.25) ? r.pick(HOSTILE_URL_PIECES) : encodeURIComponent(r.pick(HOSTILE_VALUES));

function hostileUrl(r: Random, path: string, good: Record<string, string>, names: string[]): string {
  const params = Object.fromEntries(
    Object.entries(good).map(([k, v]) => [k, r.chance(0.5) ? urlValue(r) : encodeURIComponent(v)]),
  );
  let url = routeUrl(path, params);
  if (r.chance(0.15)) url += ".data";
  const query = some(r, [...COMMON_QUERY, ...names], 4).map(
    (name) => `${r.chance(0.1) ? urlValue(r) : name}=${urlValue(r)}`,
  );
  if (r.chance(0.2)) query.push(query[0]!); // the same parameter twice
  return `${url}?${query.join("&")}`;
}

function hostileForm(r: Random, names: string[]): Pick<Attempt, "type" | "body" | "what"> {
  const fields = some(r, [...names, ...COMMON_FIELDS], 6);
  if (r.chance(0.2)) {
    const form = new FormData();
    for (const name of fields) form.append(name, r.pick(HOSTILE_VALUES));
    form.append(
      r.pick(fields),
      new File([r.pick(HOSTILE_VALUES)], r.pick(["a;b.jpg", 'x".jpg', "дўппи.heic", "\u202Egpj.exe", ""]), {
        type: r.pick(["image/jpeg", "text/html", ""]),
      }),
    );
    return { body: form, what: "multipart" };
  }
  const pairs = fields.map(
    (name) =>
      `${r.chance(0.1) ? urlValue(r) : encodeURIComponent(name)}=${r.chance(0.15) ? r.pick(HOSTILE_URL_PIECES) : encodeURIComponent(r.pick(HOSTILE_VALUES))}`,
  );
  if (r.chance(0.3)) pairs.push(`${encodeURIComponent(r.pick(fields))}=${encodeURIComponent(r.pick(HOSTILE_VALUES))}`); // arrays for scalars
  return { type: "application/x-www-form-urlencoded", body: pairs.join("&"), what: "form" };
}

export type RouteShape = {
  path: string;
  good: Record<string, string>;
  loader: boolean;
  action: boolean;
  names: string[];
};

export function hostileAttempts(r: Random, route: RouteShape, counts: { get: number; post: number }): Attempt[] {
  const attempts: Attempt[] = [];
  if (route.loader) {
    for (let i = 0; i < counts.get; i++)
      attempts.push({ method: "GET", url: hostileUrl(r, route.path, route.good, route.names), what: "query" });
  }
  if (route.action) {
    for (let i = 0; i < counts.post; i++) {
      const url = r.chance(0.3) ? hostileUrl(r, route.path, route.good, route.names) : routeUrl(route.path, route.good);
      attempts.push({ method: "POST", url, ...hostileForm(r, route.names) });
    }
  }
  return attempts;
}

/** Every wrong kind of body, once, at the well-formed URL of an action. */
export function wrongBodies(route: RouteShape): Attempt[] {
  if (!route.action) return [];
  return WRONG_BODIES.map((wrong) => ({
    method: "POST",
    url: routeUrl(route.path, route.good),
    type: wrong.type,
    body: wrong.body,
    what: wrong.name,
  }));
}

/** Field names of the forms on a page (what its actions read). */
export function fieldNames(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/<(?:input|select|textarea|button)\b[^>]*\bname="([^"]+)"/g)].map((m) =>
        m[1]!.replace(/&quot;/g, '"'),
      ),
    ),
  ];
}
