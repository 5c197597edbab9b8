-- CreateEnum
CREATE TYPE "PasswordLinkKind" AS ENUM ('RESET', 'WELCOME');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "ChecklistStepStatus" AS ENUM ('WAITING', 'DONE');

-- AlterEnum
ALTER TYPE "BadgeStatus" ADD VALUE 'LAPSED';

-- AlterEnum
ALTER TYPE "ConsentPurpose" ADD VALUE 'CASE_RECORDS';

-- AlterTable
ALTER TABLE "ArtisanProfile" ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "gender" "Gender";

-- AlterTable
ALTER TABLE "Badge" ADD COLUMN     "lapsedAt" TIMESTAMP(3),
ADD COLUMN     "reasonCode" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "revokedById" TEXT,
ADD COLUMN     "warned30At" TIMESTAMP(3),
ADD COLUMN     "warned7At" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "revokedById" TEXT,
ADD COLUMN     "secondWitnessName" TEXT,
ADD COLUMN     "shownIn" TEXT NOT NULL DEFAULT 'uz';

-- AlterTable
ALTER TABLE "DisabilityEvidence" ADD COLUMN     "commission" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "commissionDistrictId" TEXT,
ADD COLUMN     "countersignedAt" TIMESTAMP(3),
ADD COLUMN     "countersignedById" TEXT,
ADD COLUMN     "needsCountersign" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PasswordReset" ADD COLUMN     "codeHash" TEXT,
ADD COLUMN     "kind" "PasswordLinkKind" NOT NULL DEFAULT 'RESET';

-- CreateTable
CREATE TABLE "ConsentRefusal" (
    "id" TEXT NOT NULL,
    "artisanId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "refusedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT NOT NULL,
    "secondWitnessName" TEXT,
    "shownIn" TEXT NOT NULL DEFAULT 'uz',

    CONSTRAINT "ConsentRefusal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistStep" (
    "id" TEXT NOT NULL,
    "artisanId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "status" "ChecklistStepStatus" NOT NULL DEFAULT 'WAITING',
    "doneOn" DATE,
    "helpedById" TEXT,
    "detail" JSONB,
    "secretEnc" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ArtisanCrafts" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ArtisanCrafts_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "ConsentRefusal_artisanId_purpose_idx" ON "ConsentRefusal"("artisanId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistStep_artisanId_step_key" ON "ChecklistStep"("artisanId", "step");

-- CreateIndex
CREATE INDEX "_ArtisanCrafts_B_index" ON "_ArtisanCrafts"("B");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_codeHash_key" ON "PasswordReset"("codeHash");

-- AddForeignKey
ALTER TABLE "ConsentRefusal" ADD CONSTRAINT "ConsentRefusal_artisanId_fkey" FOREIGN KEY ("artisanId") REFERENCES "ArtisanProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistStep" ADD CONSTRAINT "ChecklistStep_artisanId_fkey" FOREIGN KEY ("artisanId") REFERENCES "ArtisanProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ArtisanCrafts" ADD CONSTRAINT "_ArtisanCrafts_A_fkey" FOREIGN KEY ("A") REFERENCES "ArtisanProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ArtisanCrafts" ADD CONSTRAINT "_ArtisanCrafts_B_fkey" FOREIGN KEY ("B") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Four eyes, held by the database as well as the module: whoever requested the badge or attested
-- (or countersigned) its evidence can never decide it, whichever code path writes the row.
CREATE FUNCTION badge_four_eyes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."decidedById" IS NOT NULL AND NEW."decidedById" IS DISTINCT FROM OLD."decidedById" THEN
    IF NEW."decidedById" = NEW."requestedById" OR EXISTS (
      SELECT 1 FROM "DisabilityEvidence" e
      WHERE e.id = NEW."evidenceId"
        AND (e."attestedById" = NEW."decidedById" OR e."countersignedById" = NEW."decidedById")
    ) THEN
      RAISE EXCEPTION 'four eyes: the badge decider attested or requested it' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER badge_four_eyes_update BEFORE UPDATE OF "decidedById" ON "Badge"
  FOR EACH ROW EXECUTE FUNCTION badge_four_eyes();

CREATE FUNCTION badge_four_eyes_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."decidedById" IS NOT NULL AND (NEW."decidedById" = NEW."requestedById" OR EXISTS (
      SELECT 1 FROM "DisabilityEvidence" e
      WHERE e.id = NEW."evidenceId"
        AND (e."attestedById" = NEW."decidedById" OR e."countersignedById" = NEW."decidedById"))) THEN
    RAISE EXCEPTION 'four eyes: the badge decider attested or requested it' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER badge_four_eyes_insert BEFORE INSERT ON "Badge"
  FOR EACH ROW EXECUTE FUNCTION badge_four_eyes_insert();

-- A countersign is a second person's.
ALTER TABLE "DisabilityEvidence" ADD CONSTRAINT "DisabilityEvidence_countersign_other_person"
  CHECK ("countersignedById" IS NULL OR "countersignedById" <> "attestedById");

-- One open badge request per artisan at a time.
CREATE UNIQUE INDEX "Badge_one_pending_per_artisan" ON "Badge"("artisanId") WHERE status = 'PENDING';

-- One open (not withdrawn) consent per artisan and purpose.
CREATE UNIQUE INDEX "Consent_one_open_per_purpose" ON "Consent"("artisanId", "purpose") WHERE "revokedAt" IS NULL;
