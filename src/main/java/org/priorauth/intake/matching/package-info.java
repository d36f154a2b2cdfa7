/**
 * Matching: which open case a document belongs to, with the reasons. A letter attached to the wrong patient
 * is a privacy breach, so anything short of exactly one fitting case with nothing contradicting it goes to a
 * person.
 */
package org.priorauth.intake.matching;
