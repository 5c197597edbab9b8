import { useTranslation } from "react-i18next";
import type { CertifiedNote } from "./listing-certifications.server";

/** The listing's verified certificates, each worded by the server (certifiedNotes). */
export function CertifiedNotes({ notes }: { notes: CertifiedNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <ul className="card p-4 flex flex-col gap-2" aria-label={t("certificates.listing.label")}>
      {notes.map((note, index) => (
        <li key={index} className="flex flex-col">
          <strong>{note.certified}</strong>
          <span className="text-[var(--color-muted)]">{note.issuedBy}</span>
        </li>
      ))}
    </ul>
  );
}
