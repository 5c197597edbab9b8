import { LEARNING_STEPS, type LearningStep } from "~/modules/onboarding/checklist-steps";

/**
 * The printable easy-read guide of each "learning the app" step. A line's text is at
 * guides.<STEP>.steps.<n>; a `label` names the button or link it mentions (its own catalog key),
 * filled into {{label}} so the guide always says what the screen says.
 */
export type GuideLine = { label?: string };

export const GUIDES: Record<LearningStep, GuideLine[]> = {
  APP_LOGIN: [{}, { label: "common.login" }, {}, { label: "auth.loginButton" }, { label: "studio.title" }],
  APP_LISTING: [
    { label: "studio.link" },
    { label: "studio.newListing" },
    {},
    {},
    { label: "studio.fields.handmade" },
    { label: "studio.submit" },
  ],
  APP_ORDER: [
    {},
    { label: "fulfilment.studioLink" },
    { label: "fulfilment.groups.new" },
    { label: "fulfilment.accept" },
    { label: "fulfilment.decline" },
  ],
  APP_PARCEL: [{}, {}, { label: "fulfilment.readySubmit" }, { label: "fulfilment.slipLink" }, {}],
  APP_EARNINGS: [{ label: "earnings.link" }, {}, {}, {}],
};

/** A step as it appears in a guide's URL ("app-login"), and back; null for anything else. */
export const guideSlug = (step: LearningStep) => step.toLowerCase().replaceAll("_", "-");

export function guideFromSlug(slug: string | undefined): LearningStep | null {
  return LEARNING_STEPS.find((step) => guideSlug(step) === slug) ?? null;
}
