import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Slot = { id: string; weekday: number; startsAt: string; endsAt: string; capacity: number };
type Props = {
  districtId: string;
  week: { weekday: number; slots: Slot[] }[];
  /** A capacity the server refused: which window, and what was typed. */
  refused: { slotId: string; typed: string } | null;
};

/** The weekly template as a table: each weekday with its windows, each window's capacity to change, or removed. */
export function SlotWeek({ districtId, week, refused }: Props) {
  const { t } = useTranslation();
  return (
    <table className="table-stack w-full text-left border-collapse">
      <caption className="text-xl text-left mb-2">{t("slots.week.title")}</caption>
      <thead>
        <tr className="border-b-2 border-[var(--color-line)]">
          <th scope="col" className="py-2 pr-4">
            {t("slots.week.day")}
          </th>
          <th scope="col" className="py-2">
            {t("slots.week.windows")}
          </th>
        </tr>
      </thead>
      <tbody>
        {week.map(({ weekday, slots }) => (
          <tr key={weekday} className="border-b border-[var(--color-line)] align-top">
            <th scope="row" className="block md:table-cell py-2 pr-4 font-semibold">
              {t(`slots.weekdays.${weekday}`)}
            </th>
            <td className="py-2">
              {slots.length === 0 ? (
                <p>{t("slots.week.none")}</p>
              ) : (
                <ul className="flex flex-col gap-3">
                  {slots.map((slot) => (
                    <SlotRow key={slot.id} districtId={districtId} slot={slot} refused={refused} />
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SlotRow({ districtId, slot, refused }: { districtId: string; slot: Slot; refused: Props["refused"] }) {
  const { t } = useTranslation();
  const day = t(`slots.weekdays.${slot.weekday}`);
  const time = `${slot.startsAt}–${slot.endsAt}`;
  const inputId = `capacity-${slot.id}`;
  const error = refused?.slotId === slot.id;
  return (
    <li className="flex flex-wrap items-end gap-3">
      <p className="min-w-28 font-semibold">
        {time} · {t("slots.week.homes", { count: slot.capacity })}
      </p>
      <Form method="post" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="districtId" value={districtId} />
        <input type="hidden" name="slotId" value={slot.id} />
        <div className="field">
          <label htmlFor={inputId}>{t("slots.week.capacityOf", { day, time })}</label>
          <input
            id={inputId}
            name="capacity"
            inputMode="numeric"
            defaultValue={error ? refused.typed : String(slot.capacity)}
            className="input w-24"
            aria-invalid={error || undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
          />
          {error ? (
            <p id={`${inputId}-error`} className="field-error">
              {t("slots.errors.capacity")}
            </p>
          ) : null}
        </div>
        <button type="submit" name="intent" value="capacity" className="btn btn-secondary">
          {t("slots.week.saveCapacity")}
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="districtId" value={districtId} />
        <input type="hidden" name="slotId" value={slot.id} />
        <button type="submit" name="intent" value="removeSlot" className="btn btn-quiet">
          {t("slots.week.remove", { day, time })}
        </button>
      </Form>
    </li>
  );
}
