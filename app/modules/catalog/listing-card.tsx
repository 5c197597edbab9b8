import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { Picture } from "~/modules/media/responsive-picture";
import { VerifiedBadge } from "~/modules/verification/verified-badge";
import type { ListingCard as Card } from "./queries.server";

/** `level`: the card titles' heading level, one below the section the grid is in (h3 under an h2). */
export function ListingCard({ card, level = 3 }: { card: Card; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className="card overflow-hidden flex flex-col">
      {card.image ? (
        <Picture data={card.image} sizes="(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw" />
      ) : null}
      <div className="p-3 flex flex-col gap-1 flex-1">
        <Heading className="text-lg">
          <Link to={`/l/${card.slug}`}>{card.title}</Link>
        </Heading>
        <Price minor={card.priceMinor} />
        <p className="text-[var(--color-muted)]">
          {t("common.madeBy", { name: card.artisan.name })} · {card.district}
        </p>
        {card.verified ? (
          <p>
            <VerifiedBadge compact />
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function ListingGrid({ cards, level }: { cards: Card[]; level?: 2 | 3 }) {
  return (
    <ul className="grid gap-4 grid-cols-1 sm:grid-cols-2 lg:grid-cols-4">
      {cards.map((card) => (
        <ListingCard key={card.slug} card={card} level={level} />
      ))}
    </ul>
  );
}

type SectionProps = { id: string; title: string; cards: Card[]; className?: string };

/** A titled grid of cards (featured, related, recently viewed …): one landmark with its heading. */
export function ListingSection({ id, title, cards, className = "" }: SectionProps) {
  return (
    <section aria-labelledby={id} className={`flex flex-col gap-3 ${className}`}>
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <ListingGrid cards={cards} />
    </section>
  );
}
