import type { Db } from "~/utils/db.server";
import { claimStep, refuse } from "./claim-step.server";
import { countersign, returnToPreparer } from "./submit.server";

/** A level-D or F worker of the district countersigns a level-A worker's claim: it goes to the branch head. */
export function countersignClaim(db: Db, worker: { id: string }, claimId: string, now = new Date()) {
  return claimStep(db, worker, claimId, (tx, claim, powers) =>
    powers.mayCountersign ? countersign(tx, worker, claim, now) : Promise.resolve(refuse("levelTooLow")),
  );
}

/** …or sends it back to the preparer as a draft, saying what to mend. */
export function returnClaim(db: Db, worker: { id: string }, claimId: string, note: string) {
  return claimStep(db, worker, claimId, (tx, claim, powers) =>
    powers.mayCountersign ? returnToPreparer(tx, worker, claim, note) : Promise.resolve(refuse("levelTooLow")),
  );
}
