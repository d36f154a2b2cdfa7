/**
 * Fields: what a letter says about whom and what — patient, date of birth, member ID, PA reference, payer,
 * drug, decision date, deadline, requested items, denial reason — each with the page and text it came from.
 * What the text does not say, or says two ways, stays empty: this package never guesses.
 */
package org.priorauth.intake.fields;
