import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireStudio, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { submitListing, saveStep } from "~/modules/listings/drafts.server";
import { categoryOptions, listingForSteps } from "~/modules/listings/queries.server";
import { ReviewStep } from "~/modules/listings/review-step";
import { StepFrame } from "~/modules/listings/step-frame";
import { AboutForm, DetailsForm, HandmadeForm, PriceForm } from "~/modules/listings/step-forms";
import { isEditable, isFormStep, isStep, nextStep, STEP_SCHEMAS, type FormStep } from "~/modules/listings/steps";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, `studio.steps.${data?.step ?? "about"}.title`);

// Photos have their own route (a multipart form); every other step is a plain form post here.
const stepOf = (value: string | undefined) => (isStep(value) && value !== "photos" ? value : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const step = stepOf(params.step);
  const locale = requestLocale(request);
  const listing = step ? await listingForSteps(getDb(), actor.artisanId, params.id ?? "", locale) : null;
  if (!step || !listing) notFound();
  if (!isEditable(listing.status)) throw redirect("/studio");
  const categories = step === "about" ? await categoryOptions(getDb(), locale) : [];
  return { step, listing, categories };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const step = stepOf(params.step);
  const id = params.id ?? "";
  if (!step) notFound();
  if (step === "review") {
    const result = await submitListing(getDb(), actor, id);
    if (result.ok) return redirect(`/studio?submitted=${id}`);
    if ("missing" in result) return data({ missing: result.missing }, { status: 400 });
    if (result.reason === "notFound") notFound();
    return redirect("/studio");
  }
  return saveFormStep(request, actor, id, step);
}

async function saveFormStep(request: Request, actor: StudioActor, id: string, step: FormStep) {
  const submission = parseWithZod(await request.formData(), { schema: STEP_SCHEMAS[step] });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // The schema for `step` produced these values; TypeScript cannot follow the pairing through the table.
  const result = await saveStep(getDb(), actor, id, step, submission.value as never);
  if (!result.ok && result.reason === "unknownCategory") {
    return data(submission.reply({ fieldErrors: { categoryId: ["studio.errors.category"] } }), { status: 400 });
  }
  if (!result.ok && result.reason === "notFound") notFound();
  if (!result.ok) conflict();
  return redirect(`/studio/listings/${id}/${nextStep(step)}`);
}

export default function ListingStepPage() {
  const { step, listing, categories } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && !("missing" in actionData) ? actionData : undefined;
  const missing = actionData && "missing" in actionData ? actionData.missing : listing.missing;
  const forms: Record<FormStep, React.ReactNode> = {
    about: <AboutForm lastResult={lastResult} saved={listing} categories={categories} />,
    price: <PriceForm lastResult={lastResult} saved={{ priceSom: listing.priceSom, stock: String(listing.stock) }} />,
    details: <DetailsForm lastResult={lastResult} saved={listing} />,
    handmade: <HandmadeForm lastResult={lastResult} saved={{ handmade: listing.handmade }} />,
  };
  return (
    <StepFrame listingId={listing.id} step={step} rejectionReason={listing.rejectionReason}>
      {isFormStep(step) ? forms[step] : <ReviewStep listing={listing} missing={missing} />}
    </StepFrame>
  );
}
