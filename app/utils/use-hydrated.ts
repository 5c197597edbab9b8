import { useSyncExternalStore } from "react";

const never = () => () => {};

/** False on the server and in the first render; true once the browser runs our JavaScript. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
