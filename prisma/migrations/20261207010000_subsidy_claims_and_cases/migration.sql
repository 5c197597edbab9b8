-- CreateEnum
CREATE TYPE "CaseClosureReason" AS ENUM ('EMPLOYED', 'SELF_EMPLOYED_EARNING', 'MOVED', 'DECLINED', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'REFUSED', 'DONE');

-- AlterEnum
BEGIN;
CREATE TYPE "CaseStage_new" AS ENUM ('INTAKE', 'ASSESSMENT', 'PLAN', 'IN_PROGRESS', 'MONITORING', 'CLOSED');
ALTER TABLE "public"."Case" ALTER COLUMN "stage" DROP DEFAULT;
ALTER TABLE "Case" ALTER COLUMN "stage" TYPE "CaseStage_new" USING ("stage"::text::"CaseStage_new");
ALTER TABLE "CaseNote" ALTER COLUMN "stage" TYPE "CaseStage_new" USING ("stage"::text::"CaseStage_new");
ALTER TYPE "CaseStage" RENAME TO "CaseStage_old";
ALTER TYPE "CaseStage_new" RENAME TO "CaseStage";
DROP TYPE "public"."CaseStage_old";
ALTER TABLE "Case" ALTER COLUMN "stage" SET DEFAULT 'INTAKE';
COMMIT;

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReferralKind" ADD VALUE 'MONOCENTRE';
ALTER TYPE "ReferralKind" ADD VALUE 'PSYCHOLOGIST';
ALTER TYPE "ReferralKind" ADD VALUE 'LAWYER';

-- AlterEnum
BEGIN;
CREATE TYPE "SubsidyClaimStatus_new" AS ENUM ('DRAFT', 'AWAITING_COUNTERSIGN', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PAID');
ALTER TABLE "public"."SubsidyClaim" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "SubsidyClaim" ALTER COLUMN "status" TYPE "SubsidyClaimStatus_new" USING ("status"::text::"SubsidyClaimStatus_new");
ALTER TYPE "SubsidyClaimStatus" RENAME TO "SubsidyClaimStatus_old";
ALTER TYPE "SubsidyClaimStatus_new" RENAME TO "SubsidyClaimStatus";
DROP TYPE "public"."SubsidyClaimStatus_old";
ALTER TABLE "SubsidyClaim" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
COMMIT;

-- AlterTable
ALTER TABLE "BaseCalculationAmount" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" TEXT;

-- AlterTable
ALTER TABLE "Case" DROP COLUMN "monitoringDueAt",
ADD COLUMN     "closureNoteEnc" TEXT,
ADD COLUMN     "openedById" TEXT,
DROP COLUMN "closureReason",
ADD COLUMN     "closureReason" "CaseClosureReason";

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "answerDueOn" DATE NOT NULL,
ADD COLUMN     "respondedOn" DATE,
ADD COLUMN     "responseEnc" TEXT,
ADD COLUMN     "sentById" TEXT NOT NULL,
ADD COLUMN     "sentOn" DATE NOT NULL,
DROP COLUMN "status",
ADD COLUMN     "status" "ReferralStatus" NOT NULL DEFAULT 'SENT';

-- AlterTable
ALTER TABLE "SubsidyClaim" DROP COLUMN "decisionDueAt",
DROP COLUMN "paidAt",
DROP COLUMN "paymentDueAt",
DROP COLUMN "paymentReference",
DROP COLUMN "supervisorApprovedById",
ADD COLUMN     "countersignedAt" TIMESTAMP(3),
ADD COLUMN     "countersignedById" TEXT,
ADD COLUMN     "decisionDueOn" DATE,
ADD COLUMN     "decisionReasonCode" TEXT,
ADD COLUMN     "documentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "needsCountersign" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paidOn" DATE,
ADD COLUMN     "paymentDueOn" DATE,
ADD COLUMN     "paymentOrderNumber" TEXT,
ADD COLUMN     "paymentRecordedAt" TIMESTAMP(3),
ADD COLUMN     "paymentRecordedById" TEXT;

-- AlterTable
ALTER TABLE "SubsidyProgramme" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "PublicHoliday" (
    "id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "nameUz" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "PublicHoliday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeDocument" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameUz" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "ProgrammeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsAssessment" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "bodyEnc" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedOn" DATE NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NeedsAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePlanVersion" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "bodyEnc" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedOn" DATE,
    "acknowledgedWitness" TEXT,
    "acknowledgedById" TEXT,

    CONSTRAINT "CasePlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReview" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneOn" DATE,
    "doneById" TEXT,
    "noteEnc" TEXT,
    "satisfaction" INTEGER,
    "facts" JSONB,

    CONSTRAINT "MonthlyReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicHoliday_day_key" ON "PublicHoliday"("day");

-- CreateIndex
CREATE INDEX "ProgrammeDocument_programmeId_idx" ON "ProgrammeDocument"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsAssessment_caseId_key" ON "NeedsAssessment"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CasePlanVersion_caseId_version_key" ON "CasePlanVersion"("caseId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReview_caseId_number_key" ON "MonthlyReview"("caseId", "number");

-- CreateIndex
CREATE INDEX "Referral_caseId_idx" ON "Referral"("caseId");

-- AddForeignKey
ALTER TABLE "ProgrammeDocument" ADD CONSTRAINT "ProgrammeDocument_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SubsidyProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsAssessment" ADD CONSTRAINT "NeedsAssessment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePlanVersion" ADD CONSTRAINT "CasePlanVersion_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReview" ADD CONSTRAINT "MonthlyReview_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ───── Subsidy claims: rules the database holds as well as the module ─────

-- At most one approved or paid claim per artisan and programme (domain.md), and one open claim at a time.
CREATE UNIQUE INDEX "SubsidyClaim_one_granted_per_programme" ON "SubsidyClaim"("artisanId", "programmeId")
  WHERE status IN ('APPROVED', 'PAID');
CREATE UNIQUE INDEX "SubsidyClaim_one_open_per_programme" ON "SubsidyClaim"("artisanId", "programmeId")
  WHERE status IN ('DRAFT', 'AWAITING_COUNTERSIGN', 'SUBMITTED');

-- Four eyes: the countersigner is not the preparer; the decider is neither.
ALTER TABLE "SubsidyClaim" ADD CONSTRAINT "SubsidyClaim_countersign_other_person"
  CHECK ("countersignedById" IS NULL OR "countersignedById" <> "preparedById");
ALTER TABLE "SubsidyClaim" ADD CONSTRAINT "SubsidyClaim_decider_other_person"
  CHECK ("decidedById" IS NULL OR ("decidedById" <> "preparedById"
    AND "decidedById" IS DISTINCT FROM "countersignedById"));

-- A level-A worker's claim goes no further than the countersign queue without a countersign.
ALTER TABLE "SubsidyClaim" ADD CONSTRAINT "SubsidyClaim_countersign_before_submit"
  CHECK (NOT "needsCountersign" OR status IN ('DRAFT', 'AWAITING_COUNTERSIGN') OR "countersignedById" IS NOT NULL);

-- A decision carries what it decided: the amount and its parts, or a reason; a payment its order.
ALTER TABLE "SubsidyClaim" ADD CONSTRAINT "SubsidyClaim_decision_complete"
  CHECK (status NOT IN ('APPROVED', 'PAID') OR ("decidedById" IS NOT NULL AND "amountMinor" IS NOT NULL
    AND "bcaValueMinor" IS NOT NULL AND "bcaMultiple" IS NOT NULL));
ALTER TABLE "SubsidyClaim" ADD CONSTRAINT "SubsidyClaim_refusal_has_reason"
  CHECK (status <> 'REJECTED' OR ("decidedById" IS NOT NULL AND "decisionReasonCode" IS NOT NULL));
ALTER TABLE "SubsidyClaim" ADD CONSTRAINT "SubsidyClaim_payment_complete"
  CHECK (status <> 'PAID' OR ("paidOn" IS NOT NULL AND "paymentOrderNumber" IS NOT NULL
    AND "paymentRecordedById" IS NOT NULL));

-- needsCountersign comes from the preparer's level when the claim is made and never changes after,
-- so no write (the module's or a forged one) can take a level-A claim past its countersign; the
-- decider must be a level-F worker (a branch head).
CREATE FUNCTION subsidy_claim_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW."needsCountersign" := COALESCE(
      (SELECT u."socialWorkerLevel" IS NULL OR u."socialWorkerLevel" = 'A' FROM "User" u WHERE u.id = NEW."preparedById"),
      true);
  ELSE
    NEW."needsCountersign" := OLD."needsCountersign";
    NEW."preparedById" := OLD."preparedById";
  END IF;
  IF NEW."decidedById" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."decidedById" IS DISTINCT FROM OLD."decidedById")
     AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = NEW."decidedById" AND u."socialWorkerLevel" = 'F') THEN
    RAISE EXCEPTION 'subsidy claims are decided by a level-F branch head' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER subsidy_claim_guard BEFORE INSERT OR UPDATE ON "SubsidyClaim"
  FOR EACH ROW EXECUTE FUNCTION subsidy_claim_guard();

-- ───── Cases ─────

-- One open case per artisan; reviews are numbered 1–6 and satisfaction is 1–5.
CREATE UNIQUE INDEX "Case_one_open_per_artisan" ON "Case"("artisanId") WHERE stage <> 'CLOSED';
ALTER TABLE "MonthlyReview" ADD CONSTRAINT "MonthlyReview_number_range" CHECK (number BETWEEN 1 AND 6);
ALTER TABLE "MonthlyReview" ADD CONSTRAINT "MonthlyReview_satisfaction_range"
  CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5);
ALTER TABLE "Case" ADD CONSTRAINT "Case_closed_with_reason"
  CHECK ((stage = 'CLOSED') = ("closureReason" IS NOT NULL AND "closedAt" IS NOT NULL));
