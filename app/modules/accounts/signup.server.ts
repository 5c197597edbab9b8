import { audit } from "~/utils/audit.server";
import { type Db, isUniqueViolation } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import type { LoginIdentifier } from "~/utils/phone";
import type { Outcome } from "~/utils/result";

export type SignupInput = { name: string; identifier: LoginIdentifier; password: string; locale: string };
export type SignupResult = Outcome<"accountExists", { userId: string }>;

/** Creates a buyer account. Every other role is given by staff, never by signing up. */
export async function signUpBuyer(db: Db, input: SignupInput): Promise<SignupResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name: input.name, ...input.identifier, passwordHash, roles: ["BUYER"], locale: input.locale },
      });
      await audit(tx, { actorId: created.id, action: "account.signup", entity: "User", entityId: created.id });
      return created;
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "accountExists" };
    throw error;
  }
}
