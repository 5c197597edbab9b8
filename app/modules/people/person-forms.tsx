import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DistrictChoices } from "./district-choices";
import type { RegionDistricts } from "./districts.server";
import type { PersonActionAnswer } from "./person-actions.server";
import type { PersonForAdmin } from "./person.server";
import { LevelFields } from "./level-fields";

type Props = { person: PersonForAdmin; regions: RegionDistricts[]; answer: PersonActionAnswer | undefined };

/** One action: a titled section with its own form and intent; a refusal is said inside it. */
function ActionForm({
  intent,
  title,
  answer,
  button,
  children,
}: {
  intent: string;
  title: string;
  answer: PersonActionAnswer | undefined;
  button: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const error = answer?.intent === intent ? answer.error : null;
  return (
    <section aria-labelledby={`${intent}-title`} className="card p-4 flex flex-col gap-3">
      <h2 id={`${intent}-title`} className="text-xl">
        {title}
      </h2>
      <Form method="post" id={`person-${intent}`} className="flex flex-col gap-3">
        <input type="hidden" name="intent" value={intent} />
        {error ? (
          <p role="alert" id={`${intent}-error`} className="field-error">
            {t(error)}
          </p>
        ) : null}
        {children}
        <button type="submit" className="btn btn-secondary self-start">
          {button}
        </button>
      </Form>
    </section>
  );
}

/** What an administrator can do with the person: staff are edited, anyone is (de)activated. */
export function PersonForms({ person, regions, answer }: Props) {
  const { t } = useTranslation();
  const active = !person.disabledAt;
  return (
    <div className="flex flex-col gap-4">
      {person.worksInDistricts && active ? (
        <ActionForm
          intent="districts"
          title={t("people.actions.districts")}
          answer={answer}
          button={t("people.actions.saveDistricts")}
        >
          <DistrictChoices
            regions={regions}
            chosen={person.districts.map((d) => d.id)}
            errorId="districts-choices-error"
          />
        </ActionForm>
      ) : null}
      {person.socialWorker && active ? (
        <ActionForm
          intent="level"
          title={t("people.actions.level")}
          answer={answer}
          button={t("people.actions.saveLevel")}
        >
          <LevelFields level={person.level} occupationCode={person.occupationCode} />
        </ActionForm>
      ) : null}
      {person.staff && active ? (
        <ActionForm
          intent="welcome"
          title={t("people.actions.welcome")}
          answer={answer}
          button={t("people.actions.sendWelcome")}
        >
          <p>{t("people.actions.welcomeIntro")}</p>
        </ActionForm>
      ) : null}
      {person.staff && active ? (
        <ActionForm
          intent="resetTwoFactor"
          title={t("people.actions.twoFactor")}
          answer={answer}
          button={t("people.actions.resetTwoFactor")}
        >
          <p>{t("people.actions.twoFactorIntro")}</p>
        </ActionForm>
      ) : null}
      {active ? (
        <ActionForm
          intent="deactivate"
          title={t("people.actions.deactivate")}
          answer={answer}
          button={t("people.actions.deactivateButton")}
        >
          <p>{t("people.actions.deactivateIntro")}</p>
          <div className="field">
            <label htmlFor="person-reason">{t("people.actions.reason")}</label>
            <textarea
              id="person-reason"
              name="reason"
              rows={3}
              defaultValue={answer?.intent === "deactivate" ? answer.reason : undefined}
              className="input"
              aria-describedby={answer?.intent === "deactivate" ? "deactivate-error" : undefined}
            />
          </div>
        </ActionForm>
      ) : (
        <ActionForm
          intent="reactivate"
          title={t("people.actions.reactivate")}
          answer={answer}
          button={t("people.actions.reactivateButton")}
        >
          <p>{t("people.actions.reactivateIntro")}</p>
        </ActionForm>
      )}
    </div>
  );
}
