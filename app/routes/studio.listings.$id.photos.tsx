import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { DescribeForm, UploadForm } from "~/modules/listings/photo-forms";
import { isMultipart, readUploads } from "~/modules/listings/photo-upload.server";
import { addPhotos, describePhotos, removePhoto, type PhotoProblem } from "~/modules/listings/photos.server";
import { listingForSteps } from "~/modules/listings/queries.server";
import { StepFrame } from "~/modules/listings/step-frame";
import { AltTextSchema, isEditable } from "~/modules/listings/steps";
import { getStorage } from "~/modules/media/storage-instance.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "studio.steps.photos.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const listing = await listingForSteps(getDb(), actor.artisanId, params.id ?? "", requestLocale(request));
  if (!listing) notFound();
  if (!isEditable(listing.status)) throw redirect("/studio");
  return { listing };
}

const refuse = (reason: "notFound" | "notEditable") => {
  if (reason === "notFound") notFound();
  throw redirect("/studio");
};

// Three posts land here: new photos (multipart), removing one photo, and saving the descriptions.
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const id = params.id ?? "";
  const self = `/studio/listings/${id}/photos`;
  if (isMultipart(request)) {
    const upload = await readUploads(request);
    if (!upload.ok) return data({ problems: [{ name: "", reason: upload.reason }] as PhotoProblem[] }, { status: 413 });
    const result = await addPhotos(getDb(), getStorage(), actor, id, upload.files);
    if (!result.ok) return refuse(result.reason);
    return result.problems.length ? data({ problems: result.problems }, { status: 400 }) : redirect(self);
  }
  const form = await request.formData();
  const remove = form.get("remove");
  if (typeof remove === "string") {
    const result = await removePhoto(getDb(), actor, id, remove);
    return result.ok ? redirect(self) : refuse(result.reason);
  }
  const submission = parseWithZod(form, { schema: AltTextSchema });
  if (submission.status !== "success") return data({ describe: submission.reply() }, { status: 400 });
  const result = await describePhotos(getDb(), actor, id, submission.value.images);
  return result.ok ? redirect(`/studio/listings/${id}/about`) : refuse(result.reason);
}

export default function ListingPhotosPage() {
  const { listing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const problems = actionData && "problems" in actionData ? actionData.problems : [];
  const describe = actionData && "describe" in actionData ? actionData.describe : undefined;
  return (
    <StepFrame listingId={listing.id} step="photos" rejectionReason={listing.rejectionReason}>
      <UploadForm problems={problems} />
      {listing.images.length > 0 ? (
        <DescribeForm key={listing.images.map((i) => i.id).join()} photos={listing.images} lastResult={describe} />
      ) : null}
    </StepFrame>
  );
}
