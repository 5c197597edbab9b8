/** The column names of a `table-stack` table (hidden on phones, where each cell carries its own name). */
export function StackTableHead({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-[var(--color-line)]">
        {labels.map((label) => (
          <th key={label} scope="col" className="py-2 pr-4">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
