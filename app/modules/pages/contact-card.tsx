import type { LocalContact, PageContent } from "./content.server";
import { CONTACTS } from "./operator";
import { EmailLink, PhoneLink } from "./page-values";
import { Rich } from "./rich-text";

/** An organisation's contact lines: phone, email, address, hours. */
export function ContactCard({ contact, ui }: { contact: LocalContact; ui: PageContent["ui"] }) {
  const lines = [
    { term: ui.phone, value: <PhoneLink phone={contact.phone} /> },
    { term: ui.email, value: <EmailLink email={contact.email} /> },
    { term: ui.address, value: contact.address },
    { term: ui.hours, value: <Rich text={ui.hoursValue ?? ""} values={CONTACTS.hours} /> },
  ];
  return (
    <address className="card p-4 not-italic">
      <dl className="flex flex-col gap-2">
        {lines.map((line) => (
          <div key={line.term}>
            <dt className="font-semibold">{line.term}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
    </address>
  );
}
