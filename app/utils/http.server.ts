/**
 * A request the app refuses, thrown as an empty response: the root ErrorBoundary shows it in the
 * visitor's language. Declared functions returning `never`, so `if (!listing) notFound();` narrows.
 */
export function badRequest(): never {
  throw new Response(null, { status: 400 });
}

export function forbidden(): never {
  throw new Response(null, { status: 403 });
}

/** Also for what exists but is not the person's: an id never tells a stranger that it exists. */
export function notFound(): never {
  throw new Response(null, { status: 404 });
}

export function conflict(): never {
  throw new Response(null, { status: 409 });
}
