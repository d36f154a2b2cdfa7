/**
 * Rules: reading the admin-editable YAML files in {@code routes/rules/} with the line of every value, so a
 * wrong file is refused with its file, line and reason instead of half-applied.
 */
package org.priorauth.intake.rules;
