type Choice = { value: string; label: string; lang?: string };

/**
 * A labelled group of submit buttons, one per choice, the current one pressed. Each button posts
 * its own value, so the choice works as a plain form without JavaScript.
 */
export function ChoiceButtons({
  id,
  label,
  name,
  choices,
  current,
}: {
  id: string;
  label: string;
  name: string;
  choices: Choice[];
  current: string;
}) {
  return (
    <>
      <span id={id} className="font-semibold">
        {label}:
      </span>
      <div role="group" aria-labelledby={id} className="flex flex-wrap gap-1">
        {choices.map((choice) => (
          <PressedButton
            key={choice.value}
            name={name}
            value={choice.value}
            lang={choice.lang}
            pressed={choice.value === current}
          >
            {choice.label}
          </PressedButton>
        ))}
      </div>
    </>
  );
}

export function PressedButton({
  name,
  value,
  lang,
  pressed,
  children,
}: {
  name: string;
  value: string;
  lang?: string;
  pressed: boolean;
  children: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      lang={lang}
      aria-pressed={pressed}
      className={`btn ${pressed ? "btn-primary" : "btn-quiet"}`}
    >
      {children}
    </button>
  );
}
