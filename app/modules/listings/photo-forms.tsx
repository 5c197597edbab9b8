import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { PictureData } from "~/modules/media/picture";
import { Picture } from "~/modules/media/responsive-picture";
import { useHydrated } from "~/utils/use-hydrated";
import type { PhotoProblem } from "./photos.server";
import { AltTextSchema } from "./steps";
import { useUploadProgress } from "./use-upload-progress";

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif";

/** Choose photos (or take them with the phone's camera) and send them; works as a plain form post. */
export function UploadForm({ problems }: { problems: PhotoProblem[] }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadProgress(t("studio.photos.failed"));
  const scripted = useHydrated();
  const { percent, dragging, dropped } = upload.state;
  const shown =
    upload.state.problems.length > 0
      ? upload.state.problems
      : problems.map((p) => t(`studio.photoRefused.${p.reason}`, { name: p.name || t("studio.photos.oneFile") }));
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      onSubmit={upload.onSubmit}
      onDragOver={upload.onDragOver}
      onDragLeave={upload.onDragLeave}
      onDrop={(event) => upload.onDrop(event, input.current)}
      className={`card p-4 flex flex-col gap-3 ${dragging ? "outline-dashed outline-4 outline-[var(--color-focus)]" : ""}`}
    >
      {shown.length > 0 ? (
        <div id="photo-problems" role="alert" className="field-error">
          {shown.map((text, i) => (
            <p key={`${text}-${i}`}>{text}</p>
          ))}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="photos">{t("studio.photos.choose")}</label>
        <p id="photos-hint" className="field-hint">
          {t("studio.photos.chooseHint")}
          {scripted ? ` ${t("studio.photos.dropHint")}` : null}
        </p>
        {/* No image/heic in the list: an iPhone then hands over a JPEG instead of its HEIC original. */}
        <input
          ref={input}
          id="photos"
          name="photos"
          type="file"
          accept={ACCEPT}
          capture="environment"
          multiple
          required
          className="input"
          aria-describedby="photos-hint"
        />
        {dropped > 0 ? <p role="status">{t("studio.photos.dropped", { count: dropped })}</p> : null}
      </div>
      {percent !== null ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="upload-progress">{t("studio.photos.sending", { percent })}</label>
          <progress id="upload-progress" max={100} value={percent} className="w-full h-4" />
        </div>
      ) : null}
      <button
        type="submit"
        name="intent"
        value="upload"
        disabled={percent !== null}
        className="btn btn-secondary self-start"
      >
        {t("studio.photos.upload")}
      </button>
    </Form>
  );
}

type Photo = { id: string; altUz: string; picture: PictureData };

/** Each photo with its description (alt text) and a remove button; "Next" saves the descriptions. */
export function DescribeForm({
  photos,
  lastResult,
}: {
  photos: Photo[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  // Read once (a new object each render would restart the form); a changed photo set remounts it (key).
  const [initial] = useState(() => ({
    initialValue: { images: photos.map((p) => ({ id: p.id, altUz: p.altUz })) },
  }));
  const [form, fields] = useValidatedForm("describe", AltTextSchema, lastResult ?? initial);
  const list = fields.images.getFieldList();
  return (
    <>
      {/* Remove buttons belong to this form (form="remove-photo"), not the description form, whose checks would stop them. */}
      <Form method="post" id="remove-photo" />
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <p id="alt-hint" className="field-hint">
          {t("studio.photos.altHint")}
        </p>
        <ol className="flex flex-col gap-4">
          {list.map((item, index) => {
            const photo = photos[index];
            const { id, altUz } = item.getFieldset();
            if (!photo) return null;
            return (
              <li key={photo.id} className="card p-3 flex flex-wrap gap-3 items-start">
                <div className="w-32 shrink-0">
                  <Picture data={photo.picture} sizes="8rem" />
                </div>
                <input {...getInputProps(id, { type: "hidden" })} />
                <div className="field grow">
                  <label htmlFor={altUz.id}>{t("studio.photos.altLabel", { number: index + 1 })}</label>
                  <input
                    {...getInputProps(altUz, { type: "text" })}
                    className="input"
                    aria-describedby={["alt-hint", altUz.errors ? altUz.errorId : ""].join(" ").trim()}
                  />
                  <FieldError meta={altUz} />
                </div>
                <button type="submit" form="remove-photo" name="remove" value={photo.id} className="btn btn-quiet">
                  {t("studio.photos.remove", { number: index + 1 })}
                </button>
              </li>
            );
          })}
        </ol>
        <button type="submit" className="btn btn-primary self-start">
          {t("studio.next")}
        </button>
      </Form>
    </>
  );
}
