// Stands in for react-i18next in the app's bundles (vite.config.ts aliases the package here, for
// the browser and the server render alike, so both render the same text): the same
// useTranslation() and I18nextProvider the components use, on top of translate.ts. Vitest keeps the
// real package. See ADR 007.
import { createContext, useContext, type ReactNode } from "react";
import { createTranslator, type Translator } from "./translate";

const Context = createContext<Translator>(createTranslator("uz", {}));

export function I18nextProvider({ i18n, children }: { i18n: Translator; children?: ReactNode }) {
  return <Context.Provider value={i18n}>{children}</Context.Provider>;
}

export function useTranslation() {
  const i18n = useContext(Context);
  return { t: i18n.t, i18n, ready: true };
}
