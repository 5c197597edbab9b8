import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Person = { id: string; name: string; district: string; consent: boolean };

/** One artisan on "People I help": the switch when their consent stands, a plain reason when it does not. */
export function PersonCard({ person, acting }: { person: Person; acting: boolean }) {
  const { t } = useTranslation();
  return (
    <li className="card p-4 flex flex-col gap-2">
      <h2 className="text-xl">{person.name}</h2>
      <p>{t("assisted.district", { district: person.district })}</p>
      {!person.consent ? (
        <p>{t("assisted.noConsent", { name: person.name })}</p>
      ) : acting ? (
        <>
          <p className="font-semibold">{t("assisted.actingNow", { name: person.name })}</p>
          <Form method="post">
            <button type="submit" name="intent" value="stop" className="btn btn-secondary">
              {t("assisted.stopFor", { name: person.name })}
            </button>
          </Form>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="artisanId" value={person.id} />
          <button type="submit" name="intent" value="start" className="btn btn-primary self-start">
            {t("assisted.actFor", { name: person.name })}
          </button>
        </Form>
      )}
    </li>
  );
}
