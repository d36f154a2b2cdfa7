/**
 * Before the first submission: the chart's facts on a case, each with its source ({@link
 * org.priorauth.intake.requirements.CaseFact}), the payer's requirements for the drug ({@code requirements.yaml}), and
 * the check that says which required items are found, missing or stale ({@link
 * org.priorauth.intake.requirements.SubmissionCheck}). The system never infers a fact; it lists what is missing and
 * asks the role that can supply it.
 */
package org.priorauth.intake.requirements;
