import { useNavigate } from "@remix-run/react";
import { useState, type DragEvent, type FormEvent } from "react";

export type UploadState = { percent: number | null; problems: string[]; dropped: number; dragging: boolean };

/**
 * With JavaScript, photos go up through XMLHttpRequest, the one browser API that reports upload
 * progress (fetch does not), so a person on a slow line sees how far it got. It posts the same
 * form to the same URL as without JavaScript: a redirect means done (follow it); any other answer
 * is the page re-rendered with the refusal messages, read from its #photo-problems list (its
 * translated text, so the words stay in the locale files). Files can
 * also be dropped on the form: they are put into the file input, so one submit path serves both.
 */
export function useUploadProgress(failedMessage: string) {
  const navigate = useNavigate();
  const [state, setState] = useState<UploadState>({ percent: null, problems: [], dropped: 0, dragging: false });
  const patch = (next: Partial<UploadState>) => setState((s) => ({ ...s, ...next }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    event.preventDefault();
    const body = new FormData(form);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) body.set(submitter.name, submitter.value);
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.upload.onprogress = (e) => e.lengthComputable && patch({ percent: Math.round((e.loaded / e.total) * 100) });
    request.onload = () => {
      if (request.status < 400) {
        // Saved (the action redirected, the request followed): show the page it landed on.
        const landed = new URL(request.responseURL);
        setState({ percent: null, problems: [], dropped: 0, dragging: false });
        form.reset();
        navigate(landed.pathname + landed.search, { replace: true });
        return;
      }
      const page = new DOMParser().parseFromString(request.responseText, "text/html");
      const problems = [...page.querySelectorAll("#photo-problems p")].map((p) => p.textContent ?? "");
      patch({ percent: null, problems: problems.length > 0 ? problems : [failedMessage] });
    };
    // A dropped line or a server that cannot answer: fall back to the plain post, which shows its own error page.
    request.onerror = () => form.submit();
    patch({ percent: 0, problems: [] });
    request.send(body);
  }

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    patch({ dragging: true });
  }

  function onDrop(event: DragEvent<HTMLElement>, input: HTMLInputElement | null) {
    event.preventDefault();
    if (input && event.dataTransfer.files.length > 0) input.files = event.dataTransfer.files;
    patch({ dragging: false, dropped: event.dataTransfer.files.length });
  }

  return { state, onSubmit, onDragOver, onDrop, onDragLeave: () => patch({ dragging: false }) };
}
