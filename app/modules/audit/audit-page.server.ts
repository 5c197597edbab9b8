import { data, redirect } from "@remix-run/node";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { filterQuery, readFilters } from "./audit-filters";
import { actionGroups, auditPage, knownActions } from "./audit-log.server";
import { findPeople } from "./find-person.server";

/** The viewer for the filters in the address: the page of rows (its read audited) and the action choices. */
export async function auditView(db: Db, reader: { id: string }, url: URL, locale: Locale) {
  const filters = readFilters(url);
  const actions = await knownActions(db);
  const page = await auditPage(db, reader, filters, locale);
  return { filters, actions, groups: actionGroups(actions), ...page };
}

/**
 * "Find a person": an email, phone number or name, posted so it never lands in an address. One
 * match goes straight to ?actor=<id> (the other filters kept); several are listed to choose from.
 */
export async function findPersonAction(db: Db, request: Request, locale: Locale) {
  const form = await request.formData();
  const typed = String(form.get("who") ?? "");
  const filters = { ...readFilters(new URL(request.url)), before: null };
  const people = await findPeople(db, typed, locale);
  if (people.length === 1) return redirect(filterQuery({ ...filters, actor: people[0]!.id }));
  const choices = people.map((person) => ({ ...person, href: filterQuery({ ...filters, actor: person.id }) }));
  return data({ typed, choices });
}
