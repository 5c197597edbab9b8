import { useTranslation } from "react-i18next";
import { FIGURE_GROUPS, type Figure, type FigureGroup } from "./figures";
import { ReportBlock } from "./report-block";
import { useShown } from "./use-shown";

/** One group of figures as a definition list: name, value, and what it counts one click away. */
export function FigureList({ group, figures }: { group: FigureGroup; figures: Figure[] }) {
  const { t } = useTranslation();
  const show = useShown();
  const keys: readonly string[] = FIGURE_GROUPS[group];
  return (
    <ReportBlock id={`figures-${group}`} title={t(`reports.groups.${group}`)}>
      <dl className="report-figures">
        {figures
          .filter((figure) => keys.includes(figure.key))
          .map((figure) => (
            <div key={figure.key} className="report-figure">
              <dt>
                <span className="font-semibold">{t(`reports.figure.${figure.key}`)}</span>
                <details>
                  <summary>{t("reports.whatThisCounts")}</summary>
                  <p>{t(`reports.means.${figure.key}`)}</p>
                </details>
              </dt>
              <dd className="text-2xl font-bold">{show(figure.value, figure.kind, t("reports.none"))}</dd>
            </div>
          ))}
      </dl>
    </ReportBlock>
  );
}
