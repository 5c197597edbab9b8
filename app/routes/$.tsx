import { notFound } from "~/utils/http.server";

// Any path no other route claims: a translated 404 through the root error boundary.
export function loader() {
  notFound();
}

export default function NotFound() {
  return null;
}
