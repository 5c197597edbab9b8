-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('CONFORMITY', 'HALLMARK', 'HYGIENE', 'ORIGIN', 'OTHER');

-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('PENDING', 'VERIFIED', 'RETURNED');

-- CreateEnum
CREATE TYPE "CertificationHelpStatus" AS ENUM ('OPEN', 'ANSWERED', 'DONE');

-- AlterTable
ALTER TABLE "Branch" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "addressEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "addressRu" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "hoursEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "hoursRu" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Existing branches keep their Uzbek address and hours in the other languages until edited.
UPDATE "Branch" SET "addressRu" = "address", "addressEn" = "address", "hoursRu" = "hours", "hoursEn" = "hours";
ALTER TABLE "Branch" ALTER COLUMN "addressRu" DROP DEFAULT, ALTER COLUMN "addressEn" DROP DEFAULT,
  ALTER COLUMN "hoursRu" DROP DEFAULT, ALTER COLUMN "hoursEn" DROP DEFAULT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledById" TEXT,
ADD COLUMN     "disabledReason" TEXT,
ADD COLUMN     "occupationCode" TEXT;

-- CreateTable
CREATE TABLE "PickupSlot" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startsAt" TEXT NOT NULL,
    "endsAt" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PickupSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PickupClosedDay" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PickupClosedDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductCertificate" (
    "id" TEXT NOT NULL,
    "artisanId" TEXT NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "kindOther" TEXT,
    "issuer" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "expiresOn" DATE,
    "fileKey" TEXT NOT NULL,
    "fileType" TEXT NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'PENDING',
    "recordedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "expiryNoticeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingCertificate" (
    "listingId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,

    CONSTRAINT "ListingCertificate_pkey" PRIMARY KEY ("listingId","certificateId")
);

-- CreateTable
CREATE TABLE "CertificationHelpRequest" (
    "id" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "artisanId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "status" "CertificationHelpStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificationHelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PickupSlot_districtId_weekday_startsAt_key" ON "PickupSlot"("districtId", "weekday", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PickupClosedDay_districtId_date_key" ON "PickupClosedDay"("districtId", "date");

-- CreateIndex
CREATE INDEX "ProductCertificate_artisanId_idx" ON "ProductCertificate"("artisanId");

-- CreateIndex
CREATE INDEX "ProductCertificate_status_createdAt_idx" ON "ProductCertificate"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ProductCertificate_expiresOn_idx" ON "ProductCertificate"("expiresOn");

-- CreateIndex
CREATE INDEX "ListingCertificate_certificateId_idx" ON "ListingCertificate"("certificateId");

-- CreateIndex
CREATE INDEX "CertificationHelpRequest_status_createdAt_idx" ON "CertificationHelpRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CertificationHelpRequest_artisanId_idx" ON "CertificationHelpRequest"("artisanId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- AddForeignKey
ALTER TABLE "PickupSlot" ADD CONSTRAINT "PickupSlot_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PickupClosedDay" ADD CONSTRAINT "PickupClosedDay_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_artisanId_fkey" FOREIGN KEY ("artisanId") REFERENCES "ArtisanProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingCertificate" ADD CONSTRAINT "ListingCertificate_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingCertificate" ADD CONSTRAINT "ListingCertificate_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "ProductCertificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationHelpRequest" ADD CONSTRAINT "CertificationHelpRequest_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationHelpRequest" ADD CONSTRAINT "CertificationHelpRequest_artisanId_fkey" FOREIGN KEY ("artisanId") REFERENCES "ArtisanProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───── Rules the database keeps, whoever writes ─────

ALTER TABLE "CommissionRule" ADD CONSTRAINT "CommissionRule_basisPoints_range"
  CHECK ("basisPoints" BETWEEN 0 AND 10000);

ALTER TABLE "PickupSlot" ADD CONSTRAINT "PickupSlot_shape" CHECK (
  "weekday" BETWEEN 1 AND 7
  AND "startsAt" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
  AND "endsAt" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
  AND "startsAt" < "endsAt"
  AND "capacity" BETWEEN 1 AND 100);

-- Four eyes: whoever recorded a certificate never decides it; a decision names its moderator and day.
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_four_eyes"
  CHECK ("decidedById" IS NULL OR "decidedById" <> "recordedById");
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_decision_complete"
  CHECK ("status" = 'PENDING' OR ("decidedById" IS NOT NULL AND "decidedAt" IS NOT NULL));
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_return_reason"
  CHECK ("status" <> 'RETURNED' OR coalesce(btrim("returnReason"), '') <> '');
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_other_named"
  CHECK ("kind" <> 'OTHER' OR coalesce(btrim("kindOther"), '') <> '');
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_dates"
  CHECK ("expiresOn" IS NULL OR "expiresOn" >= "issuedOn");

ALTER TABLE "CertificationHelpRequest" ADD CONSTRAINT "CertificationHelpRequest_answered"
  CHECK ("status" = 'OPEN' OR (coalesce(btrim("answer"), '') <> '' AND "answeredById" IS NOT NULL AND "answeredAt" IS NOT NULL));

-- Every district starts with the template that was fixed in code until now: two windows a day.
INSERT INTO "PickupSlot" ("id", "districtId", "weekday", "startsAt", "endsAt", "capacity")
SELECT 'slot_' || md5(d."id" || w::text || s."startsAt"), d."id", w, s."startsAt", s."endsAt", 8
FROM "District" d
CROSS JOIN generate_series(1, 7) AS w
CROSS JOIN (VALUES ('10:00', '13:00'), ('14:00', '18:00')) AS s("startsAt", "endsAt");
