import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Choice = { id: string; name: string; roles: string[]; href: string };
type Props = { answer: { typed: string; choices: Choice[] } | undefined };

/**
 * "Whose actions?": an email, phone number or name, posted (never put in the address); one match
 * opens that person's actions, several are listed to choose from.
 */
export function PersonForm({ answer }: Props) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="card p-4 flex flex-col gap-3 no-print" aria-labelledby="audit-person">
      <h2 id="audit-person" className="text-xl">
        {t("auditLog.person.title")}
      </h2>
      <div className="field">
        <label htmlFor="audit-who">{t("auditLog.person.label")}</label>
        <p id="audit-who-hint" className="field-hint">
          {t("auditLog.person.hint")}
        </p>
        <input
          id="audit-who"
          name="who"
          defaultValue={answer?.typed ?? ""}
          autoComplete="off"
          className="input"
          aria-describedby="audit-who-hint"
        />
      </div>
      <button type="submit" className="btn btn-secondary self-start">
        {t("auditLog.person.find")}
      </button>
      {answer && answer.choices.length === 0 ? <p role="alert">{t("auditLog.person.none")}</p> : null}
      {answer && answer.choices.length > 0 ? (
        <div role="status" className="flex flex-col gap-2">
          <p>{t("auditLog.person.several")}</p>
          <ul className="flex flex-col gap-2">
            {answer.choices.map((choice) => (
              <li key={choice.id}>
                <Link to={choice.href} className="btn btn-quiet">
                  {choice.name} ({choice.roles.map((role) => t(`roles.${role}`)).join(", ")})
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Form>
  );
}
