package org.priorauth.intake;

import java.nio.charset.StandardCharsets;

/**
 * Letters that end in review for a known reason, written for the desk's tests (synthetic people, our own
 * wording): a person has to finish them, which is what the desk is for.
 */
final class DeskLetters {

    private DeskLetters() {}

    /**
     * A plan's bulletin that reads as OTHER but states one member's coverage: the classification holds it for a
     * person, and the member's name, date of birth and member ID settle its case.
     */
    static byte[] heldBulletin(String name, String dateOfBirth, String memberId, String drug) {
        return """
                <html><body><h1>Provider Bulletin - Network Update</h1>
                <p>Join our network webinar on new credentialing steps and the W-9 form for accounts payable.</p>
                <p>Reminder from your plan: %s for member %s (date of birth %s, member ID %s) is covered through 06/30/2027.</p>
                <p>Beginning next quarter, office supplies orders move to the provider portal.</p>
                </body></html>"""
                .formatted(drug, name, dateOfBirth, memberId)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A denial that names its patient and nothing else to match on (no date of birth, drug or identifier): the
     * matcher may not pick a case on a name alone.
     */
    static byte[] denialNamingOnlyThePatient(String name) {
        return """
                <html><body><h2>Aetna - Notice of Adverse Benefit Determination</h2>
                <p>Patient: %s</p>
                <p>We reviewed the prior authorization request your office sent for the medication named in it.
                The request is denied. Our pharmacy reviewer found that the records do not show a trial and failure
                of a topical corticosteroid for at least 4 weeks, which this plan's criteria require.</p>
                <p>You may appeal this decision in writing within 180 days of the date of this notice.</p>
                </body></html>"""
                .formatted(name)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A denial that names everything a case is matched on, with its appeal deadline. */
    static String denialFor(String name, String dateOfBirth, String memberId, String drug, String appealBy) {
        return """
                Aetna - Notice of Adverse Benefit Determination
                Patient: %s    Date of birth: %s    Member ID: %s
                Medication: %s
                We reviewed the prior authorization request your office sent. The request is denied: the records do
                not show a trial and failure of a topical corticosteroid for at least 4 weeks.
                You may appeal this decision. Your appeal must be received by %s.
                """
                .formatted(name, dateOfBirth, memberId, drug, appealBy);
    }
}
