// Every module refuses in one shape, so a caller branches on `reason` alone: { ok: false, reason: "notFound" }.
// A union of reasons becomes one member per reason, so checking `reason` narrows to its extra fields.
export type Refusal<R extends string, Extra extends object = object> = R extends string
  ? { ok: false; reason: R } & Extra
  : never;
export type Outcome<R extends string, Done extends object = object> = ({ ok: true } & Done) | Refusal<R>;
