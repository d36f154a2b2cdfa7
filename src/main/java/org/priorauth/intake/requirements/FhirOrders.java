package org.priorauth.intake.requirements;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * An EHR's order event in HL7 FHIR R4, read with HAPI FHIR's R4 structures: a {@code Bundle} holding the {@code
 * MedicationRequest} (or {@code ServiceRequest}) and its {@code Patient}, {@code Coverage} and {@code Condition}s,
 * and any severity {@code Observation}s. What the bundle states becomes a case and its chart facts, each citing the
 * resource it came from; nothing is inferred (a condition without a code or text is no diagnosis).
 */
public final class FhirOrders {

    private static final FhirContext R4 = FhirContext.forR4Cached();

    /** A bundle that cannot be taken: the reason says what is wrong or missing. */
    public static final class NotAnOrder extends RuntimeException {
        NotAnOrder(String message) {
            super(message);
        }
    }

    public record Fact(FactKind kind, String value, LocalDate observedOn, String source) {}

    public record Order(
            String bundleId,
            String patientName,
            LocalDate dateOfBirth,
            String memberId,
            String payer,
            String drug,
            List<Fact> facts) {}

    private FhirOrders() {}

    public static Order read(String json) {
        Bundle bundle;
        try {
            bundle = R4.newJsonParser().parseResource(Bundle.class, json);
        } catch (DataFormatException | ClassCastException e) {
            throw new NotAnOrder("not a FHIR R4 Bundle: " + e.getMessage());
        }
        String bundleId = bundle.getIdElement().getIdPart() != null
                ? bundle.getIdElement().getIdPart()
                : bundle.getIdentifier().getValue();
        String origin = "FHIR order event" + (bundleId == null ? "" : " " + bundleId);
        Patient patient = only(bundle, Patient.class, "Patient");
        String name = name(patient);
        if (name == null) throw new NotAnOrder("the Patient has no name");
        if (!patient.hasBirthDate()) throw new NotAnOrder("the Patient has no birthDate");
        LocalDate dob = day(patient.getBirthDateElement().getValueAsString());
        String drug = null;
        for (MedicationRequest request : all(bundle, MedicationRequest.class)) {
            drug = text(request.getMedicationCodeableConcept());
        }
        for (ServiceRequest request : all(bundle, ServiceRequest.class)) {
            if (drug == null) drug = text(request.getCode());
        }
        if (drug == null) throw new NotAnOrder("no MedicationRequest or ServiceRequest names what is ordered");
        String memberId = null;
        String payer = null;
        for (Coverage coverage : all(bundle, Coverage.class)) {
            if (coverage.hasSubscriberId()) memberId = coverage.getSubscriberId();
            if (coverage.hasPayor() && coverage.getPayorFirstRep().hasDisplay())
                payer = coverage.getPayorFirstRep().getDisplay();
        }
        List<Fact> facts = new ArrayList<>();
        for (Condition condition : all(bundle, Condition.class)) {
            String diagnosis = diagnosis(condition.getCode());
            if (diagnosis != null) {
                LocalDate onset = condition.hasRecordedDate()
                        ? day(condition.getRecordedDateElement().getValueAsString())
                        : null;
                facts.add(new Fact(FactKind.DIAGNOSIS, diagnosis, onset, origin + ", " + reference(condition)));
            }
        }
        for (Observation observation : all(bundle, Observation.class)) {
            FactKind kind = severityKind(text(observation.getCode()));
            if (kind == null
                    || !observation.hasValueQuantity()
                    || !observation.getValueQuantity().hasValue()) continue;
            String value = text(observation.getCode()) + " "
                    + observation.getValueQuantity().getValue().toPlainString()
                    + (observation.getValueQuantity().hasUnit()
                            ? " " + observation.getValueQuantity().getUnit()
                            : "");
            LocalDate when = observation.hasEffectiveDateTimeType()
                    ? day(observation.getEffectiveDateTimeType().getValueAsString())
                    : null;
            facts.add(new Fact(kind, value, when, origin + ", " + reference(observation)));
        }
        return new Order(bundleId, name, dob, memberId, payer, drug, List.copyOf(facts));
    }

    /** The day a FHIR date or dateTime names, as written (no time zone shifts it). */
    private static LocalDate day(String value) {
        return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
    }

    private static String reference(Resource r) {
        return r.fhirType() + "/"
                + (r.getIdElement().getIdPart() == null ? "?" : r.getIdElement().getIdPart());
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (type.isInstance(e.getResource())) found.add(type.cast(e.getResource()));
        }
        return found;
    }

    private static <T extends Resource> T only(Bundle bundle, Class<T> type, String name) {
        List<T> found = all(bundle, type);
        if (found.size() != 1)
            throw new NotAnOrder("the bundle holds " + found.size() + " " + name + " resources, not one");
        return found.get(0);
    }

    private static String name(Patient patient) {
        if (!patient.hasName()) return null;
        HumanName n = patient.getNameFirstRep();
        if (n.hasText()) return n.getText().strip();
        String given = n.getGivenAsSingleString();
        String full = ((given == null ? "" : given) + " " + (n.hasFamily() ? n.getFamily() : "")).strip();
        return full.isEmpty() ? null : full;
    }

    private static String text(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) return null;
        if (concept.hasText()) return concept.getText().strip();
        for (Coding c : concept.getCoding())
            if (c.hasDisplay()) return c.getDisplay().strip();
        return null;
    }

    /** "L20.9 Atopic dermatitis, unspecified": an ICD-10 code where one is given, with its words. */
    private static String diagnosis(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) return null;
        for (Coding c : concept.getCoding()) {
            if (c.hasCode()
                    && c.hasSystem()
                    && c.getSystem().toLowerCase(Locale.ROOT).contains("icd-10")) {
                String words = c.hasDisplay() ? c.getDisplay() : concept.getText();
                return (c.getCode() + " " + (words == null ? "" : words)).strip();
            }
        }
        return text(concept);
    }

    private static FactKind severityKind(String code) {
        if (code == null) return null;
        String c = code.toUpperCase(Locale.ROOT);
        for (FactKind kind : List.of(FactKind.BSA, FactKind.PASI, FactKind.EASI, FactKind.IGA, FactKind.DLQI)) {
            if (c.matches(".*\\b" + kind.name() + "\\b.*")) return kind;
        }
        if (c.contains("BODY SURFACE AREA")) return FactKind.BSA;
        if (c.contains("HURLEY")) return FactKind.HURLEY_STAGE;
        return null;
    }
}
