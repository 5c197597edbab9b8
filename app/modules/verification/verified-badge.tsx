import { useTranslation } from "react-i18next";

/** The public badge: about craft and verification, never about the disability itself. */
export function VerifiedBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex items-center gap-1 rounded-full border-2 border-[var(--color-badge)] px-2 py-0.5 text-sm font-semibold text-[var(--color-badge)]">
      <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="currentColor">
        <path d="M10 1l2.4 2.1 3.2-.3.7 3.1 2.7 1.8-1.3 2.9 1.3 2.9-2.7 1.8-.7 3.1-3.2-.3L10 19l-2.4-2.1-3.2.3-.7-3.1L1 12.3l1.3-2.9L1 6.5l2.7-1.8.7-3.1 3.2.3z" />
        <path d="M8.6 13.2L5.7 10.3l1.2-1.2 1.7 1.7 4.5-4.5 1.2 1.2z" fill="#fff" />
      </svg>
      {compact ? t("common.badgeShort") : t("common.badge")}
    </span>
  );
}
