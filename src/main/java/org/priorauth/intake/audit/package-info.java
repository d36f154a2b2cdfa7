/** Audit: the append-only trail of what the system read, decided and drafted, and what staff changed. */
package org.priorauth.intake.audit;
