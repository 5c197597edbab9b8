import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChoiceButtons, PressedButton } from "~/components/choice-buttons";
import { TEXT_SIZES, type Preferences } from "./preferences";

export function DisplaySettings({ preferences, path }: { preferences: Preferences | undefined; path: string }) {
  const { t } = useTranslation();
  const highContrast = preferences?.contrast === "high";
  const sizes = TEXT_SIZES.map((value) => ({ value, label: `${value} %` }));
  return (
    <Form method="post" action="/preferences" className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="redirectTo" value={path} />
      <ChoiceButtons
        id="text-size-label"
        label={t("common.textSize")}
        name="textSize"
        choices={sizes}
        current={preferences?.textSize ?? "100"}
      />
      <PressedButton name="contrast" value={highContrast ? "normal" : "high"} pressed={highContrast}>
        {t("common.highContrast")}
      </PressedButton>
    </Form>
  );
}
