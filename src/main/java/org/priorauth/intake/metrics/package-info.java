/** Metrics: the PA desk's queue in figures — time to decision, days open, resubmissions, appeals, overdue tasks. */
package org.priorauth.intake.metrics;
