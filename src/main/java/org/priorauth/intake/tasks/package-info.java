/**
 * Tasks: the follow-up each document raises — title, role, due date, priority — from the routing rules an
 * admin edits in {@code routes/rules/routing.yaml}.
 */
package org.priorauth.intake.tasks;
