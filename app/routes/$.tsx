// Any path no other route claims: a translated 404 through the root error boundary.
export function loader() {
  throw new Response(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
