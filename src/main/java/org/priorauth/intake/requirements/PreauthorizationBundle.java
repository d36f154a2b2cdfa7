package org.priorauth.intake.requirements;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.priorauth.intake.cases.PriorAuthCase;

/**
 * The packet as a draft FHIR R4 {@code Claim} with {@code use = preauthorization}, in a collection {@code Bundle}
 * shaped after the Da Vinci Prior Authorization Support request bundle (the Claim first, then what it references):
 * the patient, the payer, the coverage, the diagnoses and each found item as supporting information citing its
 * source. It is a draft for staff (status {@code draft}); the system sends it nowhere.
 */
public final class PreauthorizationBundle {

    static final String PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/";
    /** Where a supporting item was found (a document and page on file, or the record it was taken from). */
    public static final String SOURCE = "urn:priorauth-intake:fact-source";

    private static final Pattern ICD10 = Pattern.compile("^([A-TV-Z][0-9][0-9AB](?:\\.[0-9A-Z]{1,4})?)\\s+(.*)$");

    private PreauthorizationBundle() {}

    public static String json(
            PriorAuthCase paCase, SubmissionCheck.Readiness readiness, List<CaseFact> facts, LocalDate today) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.getMeta().addProfile(PAS + "profile-pas-request-bundle");
        bundle.setIdentifier(
                new Identifier().setSystem("urn:priorauth-intake:case").setValue(String.valueOf(paCase.id())));
        bundle.setTimestamp(date(today));

        // entries are named by urn:uuid, as in a bundle that has not been stored on a server; the same case gives the
        // same names, so two exports of one packet compare line by line
        String patientUrl = urn(paCase, "patient");
        String insurerUrl = urn(paCase, "insurer");
        String coverageUrl = urn(paCase, "coverage");
        Patient patient = new Patient();
        patient.setId("patient");
        patient.addName().setText(paCase.patient().name());
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(
                paCase.patient().dateOfBirth().toString()));
        if (paCase.patient().memberId() != null)
            patient.addIdentifier()
                    .setSystem("urn:priorauth-intake:member-id")
                    .setValue(paCase.patient().memberId());

        Organization insurer = new Organization();
        insurer.setId("insurer");
        insurer.setName(paCase.payer() == null ? "payer not on file" : paCase.payer());

        Coverage coverage = new Coverage();
        coverage.setId("coverage");
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.setBeneficiary(new Reference(patientUrl));
        coverage.addPayor(new Reference(insurerUrl));
        if (paCase.patient().memberId() != null)
            coverage.setSubscriberId(paCase.patient().memberId());

        Claim claim = new Claim();
        claim.setId("claim");
        claim.getMeta().addProfile(PAS + "profile-claim");
        claim.setStatus(Claim.ClaimStatus.DRAFT);
        claim.setUse(Claim.Use.PREAUTHORIZATION);
        claim.setType(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/claim-type", "pharmacy", "Pharmacy")));
        claim.setPatient(new Reference(patientUrl));
        claim.setCreatedElement(new org.hl7.fhir.r4.model.DateTimeType(today.toString()));
        claim.setInsurer(new Reference(insurerUrl));
        claim.setProvider(new Reference().setDisplay("the requesting practice"));
        claim.setPriority(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal")));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference(coverageUrl));
        if (paCase.paReference() != null)
            claim.addIdentifier()
                    .setSystem("urn:priorauth-intake:payer-reference")
                    .setValue(paCase.paReference());
        claim.addItem().setSequence(1).setProductOrService(new CodeableConcept().setText(paCase.drug()));

        int diagnosis = 1;
        for (CaseFact fact : facts) {
            if (fact.kind() != FactKind.DIAGNOSIS) continue;
            Matcher icd = ICD10.matcher(fact.value());
            CodeableConcept code = icd.matches()
                    ? new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10-cm", icd.group(1), icd.group(2)))
                            .setText(fact.value())
                    : new CodeableConcept().setText(fact.value());
            claim.addDiagnosis().setSequence(diagnosis++).setDiagnosis(code);
        }
        int info = 1;
        for (SubmissionCheck.ItemStatus item : readiness.items()) {
            if (item.status() != SubmissionCheck.Status.FOUND) continue;
            for (SubmissionCheck.FoundFact fact : item.facts()) {
                Claim.SupportingInformationComponent s = claim.addSupportingInfo()
                        .setSequence(info++)
                        .setCategory(new CodeableConcept(
                                new Coding("urn:priorauth-intake:requirement", item.item(), item.label())))
                        .setValue(new StringType(fact.value() + (fact.outcome() == null ? "" : ", " + fact.outcome())));
                if (fact.observedOn() != null)
                    s.setTiming(
                            new org.hl7.fhir.r4.model.DateType(fact.observedOn().toString()));
                s.addExtension(SOURCE, new StringType(fact.source()));
            }
        }
        for (Resource r : List.of(claim, patient, insurer, coverage)) {
            // HAPI writes an entry's fullUrl from its resource's id: the id is the urn itself
            String url = urn(paCase, r.getIdElement().getIdPart());
            r.setId(url);
            bundle.addEntry().setFullUrl(url).setResource(r);
        }
        return FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    private static String urn(PriorAuthCase paCase, String part) {
        return "urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(("priorauth-intake case " + paCase.id() + " " + part)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.of("UTC")).toInstant());
    }
}
