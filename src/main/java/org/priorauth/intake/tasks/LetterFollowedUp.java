package org.priorauth.intake.tasks;

import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.fields.Fields;

/**
 * A sure letter attached to its case has moved the case (or found it where it should be) and raised its task:
 * what the drafts are written from. Not published for a late copy of a decision already recorded, nor for a
 * letter that does not fit the case's status (that goes to a person).
 */
public record LetterFollowedUp(long documentId, long caseId, DocumentType type, CaseStatus caseStatus, Fields fields) {}
