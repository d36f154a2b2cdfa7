/**
 * Classification: the document's type (CONTRACT.md's five) from evidence rules an admin edits, with a
 * confidence and the evidence that produced it. Below the threshold a person decides.
 */
package org.priorauth.intake.classification;
